using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Byline.Theme;

public static class ThemeSetup
{
    public static IHostApplicationBuilder AddTheme(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Byline").Get<ThemeOptions>() ?? new ThemeOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ThemeFolder>();
        builder.Services.AddSingleton<AssetFingerprints>();
        builder.Services.AddSingleton<ThemeRenderer>();
        return builder;
    }

    // Theme assets: fingerprinted addresses are immutable for a year; a bare address revalidates.
    public static WebApplication UseThemeAssets(this WebApplication app)
    {
        var folder = app.Services.GetRequiredService<ThemeFolder>();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder.Assets),
            RequestPath = AssetFingerprints.UrlPrefix.TrimEnd('/'),
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers[HeaderNames.CacheControl] = context.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "public, max-age=300";
            },
        });
        return app;
    }
}
