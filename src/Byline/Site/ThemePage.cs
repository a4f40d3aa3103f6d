using Byline.Site.Views;
using Byline.Theme;

namespace Byline.Site;

// A reader page rendered through the theme.
public static class ThemePage
{
    public static async Task<IResult> RenderAsync(HttpContext http, string template, ThemeModel model, int status = StatusCodes.Status200OK)
    {
        var renderer = http.RequestServices.GetRequiredService<ThemeRenderer>();
        var html = await renderer.RenderAsync(template, model, new Dictionary<string, object?> { ["template"] = template });
        return Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    public static async Task<IResult> NotFoundAsync(HttpContext http, SiteChrome chrome)
    {
        var (model, _) = await chrome.LoadAsync(new MetaView("Page not found", null, http.Request.Path, "website"), http.Request.Path, http.RequestAborted, withLatest: true);
        return await RenderAsync(http, "error", model with
        {
            Error = new ErrorView(404, "We could not find that page", "The page may have moved, or the address may be mistyped. Try the latest stories below or the sections above."),
        }, StatusCodes.Status404NotFound);
    }

    public static int PageNumber(HttpContext http) =>
        int.TryParse(http.Request.Query["page"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page is > 0 and < 100_000 ? page : 1;
}
