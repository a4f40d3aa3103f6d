using Microsoft.AspNetCore.Http.HttpResults;
namespace Byline.Api.Content;

public sealed record GhostErrorBody(IReadOnlyList<GhostError> Errors);

public sealed record GhostError(
    string Message, string? Context, string Type, object? Details, string? Property, string? Help, string? Code, string Id, string? GhostErrorCode);

// What an endpoint does, in Ghost's words ("list posts", "read post"), for its error messages.
public sealed record GhostAction(string Name);

// The outermost filter of the Content and Admin APIs: turns refusals into Ghost's error body
// ({"errors":[{message, context, type, details, property, help, code, id, ghostErrorCode}]}, as
// @tryghost/mw-error-handler writes it) and anything unexpected into a generic 500 that says nothing
// about the inside.
public sealed class GhostApiErrors(ILogger<GhostApiErrors> logger) : IEndpointFilter
{
    private static readonly Dictionary<string, string> UserMessages = new()
    {
        ["NotFoundError"] = "Resource not found error, cannot {0}.",
        ["BadRequestError"] = "Request not understood error, cannot {0}.",
        ["ValidationError"] = "Validation error, cannot {0}.",
        ["UnauthorizedError"] = "Authorisation error, cannot {0}.",
        ["InternalServerError"] = "Internal server error, cannot {0}.",
    };

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (GhostApiException ex)
        {
            return Answer(context.HttpContext, ex);
        }
        catch (Exception ex) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Content API request {Path} failed", context.HttpContext.Request.Path);
            return Answer(context.HttpContext, new GhostApiException());
        }
    }

    public static JsonHttpResult<GhostErrorBody> Answer(HttpContext http, GhostApiException ex)
    {
        var message = ex.Message;
        var errorContext = ex.Context;

        // Ghost's prepareUserMessage: the endpoint's action goes into the message, the original
        // message moves into context.
        if (!ex.BeforeEndpoint && http.GetEndpoint()?.Metadata.GetMetadata<GhostAction>() is { } action &&
            UserMessages.TryGetValue(ex.Type, out var template))
        {
            errorContext = ex.Context is null ? ex.Message : ex.Message.EndsWith('.') ? $"{ex.Message} {ex.Context}" : $"{ex.Message}: {ex.Context}";
            message = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, action.Name);
        }

        http.Response.Headers.CacheControl = "no-cache, private, no-store, must-revalidate, max-stale=0, post-check=0, pre-check=0";
        var error = new GhostError(message, errorContext, ex.Type, null, null, null, ex.Code, NewId(), null);
        return TypedResults.Json(new GhostErrorBody([error]), statusCode: ex.Status);
    }

    private static string NewId() => Guid.CreateVersion7().ToString();
}
