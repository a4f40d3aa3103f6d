namespace Byline.Articles;

public static class ArticlesSetup
{
    public static IHostApplicationBuilder AddArticles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ScheduledPublishing>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ScheduledPublishing>());
        builder.Services.AddScoped<StoryEdits>();
        builder.Services.AddScoped<StoryDesk>();
        return builder;
    }
}
