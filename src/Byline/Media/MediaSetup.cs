using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Byline.Media;

public static class MediaSetup
{
    public static IHostApplicationBuilder AddMedia(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<MediaOptions>(builder.Configuration.GetSection("Byline:Media"));
        builder.Services.AddSingleton<MediaStore>();
        builder.Services.AddScoped<MediaLibrary>();
        return builder;
    }

    // Uploaded files are served as the images they were checked to be: a fixed type per extension,
    // nosniff, and a sandboxing CSP in case a browser is ever handed one as a document.
    public static WebApplication UseMedia(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<MediaStore>();
        Directory.CreateDirectory(store.Root);
        var types = new Microsoft.AspNetCore.StaticFiles.FileExtensionContentTypeProvider();
        types.Mappings.Clear();
        types.Mappings[".jpg"] = "image/jpeg";
        types.Mappings[".jpeg"] = "image/jpeg";
        types.Mappings[".png"] = "image/png";
        types.Mappings[".gif"] = "image/gif";
        types.Mappings[".webp"] = "image/webp";
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(store.Root),
            RequestPath = MediaStore.UrlPrefix.TrimEnd('/'),
            ContentTypeProvider = types,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
                headers[HeaderNames.XContentTypeOptions] = "nosniff";
                headers[HeaderNames.ContentSecurityPolicy] = "default-src 'none'; sandbox";
            },
        });
        return app;
    }
}
