using Microsoft.AspNetCore.Http.Features;

namespace Byline.Newsroom;

// ASP.NET Core refuses to decode a form that carries a NUL character (InvalidDataException), and
// the anti-forgery check and the replayed status page would each trip on it again, ending in a 500.
// Such a post is answered here instead: a 400 with its own explanation, and nothing saved.
public sealed class UnreadableForms(RequestDelegate next)
{
    public const string Flag = "byline.unreadable-form";

    public async Task InvokeAsync(HttpContext context)
    {
        // Only url-encoded forms are read here: a multipart upload is left to stream to its endpoint.
        if (context.Request.HasFormContentType && context.Request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
                context.Items[Flag] = true;
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
        }

        await next(context);
    }
}
