namespace Byline.Webhooks;

public static class WebhookSetup
{
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<WebhookOptions>(builder.Configuration.GetSection("Byline:Webhooks"));
        builder.Services.AddHostedService<WebhookSender>();
        return builder;
    }
}
