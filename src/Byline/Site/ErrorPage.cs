using Byline.Site.Views;

namespace Byline.Site;

// The styled page for errors. If the theme itself is what failed, a plain page still answers.
public static class ErrorPage
{
    public static async Task<IResult> HandleAsync(HttpContext http, SiteChrome chrome, ILoggerFactory logs)
    {
        var status = int.TryParse(http.Request.Query["status"], out var s) && s is >= 400 and < 600 ? s : StatusCodes.Status500InternalServerError;
        if (status == StatusCodes.Status404NotFound)
        {
            return await ThemePage.NotFoundAsync(http, chrome);
        }

        var (title, message) = status >= 500
            ? ("Something went wrong on our side", "We have been told about it. Please try again in a moment.")
            : ("That request could not be answered", "Please check the address and try again.");
        try
        {
            var (model, _) = await chrome.LoadAsync(new MetaView(title, null, "/", "website"), "/", http.RequestAborted, withLatest: true);
            return await ThemePage.RenderAsync(http, "error", model with { Error = new ErrorView(status, title, message) }, status);
        }
        catch (Exception ex)
        {
            logs.CreateLogger("Byline.Site").LogError(ex, "The error page could not be rendered through the theme");
            var html = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1><p>{message}</p></body></html>";
            return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
        }
    }
}
