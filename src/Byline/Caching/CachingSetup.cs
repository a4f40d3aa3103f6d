namespace Byline.Caching;

public static class CachingSetup
{
    public static IHostApplicationBuilder AddPageCache(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PageCacheOptions>(builder.Configuration.GetSection("Byline:Cache"));
        builder.Services.AddSingleton<ChromeCache>();
        builder.Services.AddSingleton<PageCache>();
        builder.Services.AddSingleton<CacheEvictionPoller>();
        builder.Services.AddHostedService(s => s.GetRequiredService<CacheEvictionPoller>());
        return builder;
    }

    // First in the pipeline: HEAD becomes GET-without-body, then the cache answers what it can.
    public static WebApplication UsePageCache(this WebApplication app)
    {
        app.UseMiddleware<HeadRequests>();
        app.UseMiddleware<PageCacheMiddleware>();
        return app;
    }
}
