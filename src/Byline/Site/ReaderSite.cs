using Microsoft.Extensions.DependencyInjection.Extensions;
using Byline.Site.Views;

namespace Byline.Site;

public static class ReaderSite
{
    public static IHostApplicationBuilder AddReaderSite(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<SiteChrome>();
        builder.Services.AddSingleton<StoryReads>();
        builder.Services.AddProblemDetails();
        return builder;
    }

    public static WebApplication UseReaderSite(this WebApplication app)
    {
        app.UseExceptionHandler("/_error");
        app.UseStatusCodePagesWithReExecute("/_error", "?status={0}");
        return app;
    }

    public static IEndpointRouteBuilder MapReaderSite(this IEndpointRouteBuilder app)
    {
        var site = app.MapGroup("").ExcludeFromDescription();
        site.MapGet("/", HomePage.HandleAsync);
        site.MapGet("/tag/{slug}", ListingPages.TagAsync);
        site.MapGet("/author/{slug}", ListingPages.AuthorAsync);
        site.MapGet(CorrectionsPage.Path, CorrectionsPage.HandleAsync);
        site.MapGet("/{slug}", ListingPages.SectionOrPageAsync);
        site.MapGet("/{section}/{slug}", StoryPage.HandleAsync);
        site.Map("/_error", ErrorPage.HandleAsync);
        site.MapFallback(ThemePage.NotFoundAsync);
        return app;
    }
}
