using Byline.Api.Quotes;
using Byline.Caching;
using Byline.Cli;
using Byline.Feeds;
using Byline.Import;
using Byline.Intelligence;
using Byline.Media;
using Byline.Newsroom;
using Byline.Search;
using Byline.Seo;
using Byline.Site;
using Byline.Theme;

if (!BylineCli.IsServe(args))
{
    return await BylineCli.RunAsync(args);
}

// A start that cannot go on (no database, an old schema, a taken port) says why in one line.
return await StartupFailure.GuardAsync(async () =>
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = BylineCli.ServeArgs(args),
        ContentRootPath = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase)) ? null : AppContext.BaseDirectory,
    });
    builder.AddBylineConfiguration();
    builder.AddBylineData();
    builder.AddImport();
    builder.AddTheme();
    builder.AddReaderSite();
    builder.AddPageCache();
    builder.AddArticles();
    builder.AddMedia();
    builder.AddFeeds();
    builder.AddSeo();
    builder.AddSearch();
    builder.AddContentApi();
    builder.AddAdminApi();
    builder.AddWebhooks();
    builder.AddNewsroom();

    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    await app.Services.GetRequiredService<Byline.Newsroom.Accounts.SetupCode>().IssueAsync(app.Lifetime.ApplicationStopping);
    app.UsePageCache();

    // Said here, after the page cache, so a cached answer skips them; left unsaid, ASP.NET Core puts
    // both at the very front of the pipeline. Only the newsroom and the Admin API read the user.
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseReaderSite();
    app.UseNewsroom();
    app.UseThemeAssets();
    app.UseMedia();
    app.UseRouting();
    app.UseCors();
    app.UseNewsroomAccess();
    app.MapFeeds();
    app.MapSeo();
    app.MapSearch();
    app.MapContentApi();
    app.MapQuotesApi();
    app.MapAdminApi();
    app.MapNewsroom();
    app.MapEntityPages();
    app.MapReaderSite();
    await app.RunAsync();
    return 0;
});

public partial class Program;
