namespace Byline.Webhooks;

public static class WebhookSetup
{
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder) => builder;
}
