namespace Byline.Articles;

public static class ArticlesSetup
{
    public static IHostApplicationBuilder AddArticles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScheduledPublishing>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ScheduledPublishing>());
        return builder;
    }
}
