using Microsoft.Extensions.DependencyInjection.Extensions;

using Byline.Demo;

namespace Byline.Import;

public static class ImportSetup
{
    public static IHostApplicationBuilder AddImport(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<StoryWriter>();
        builder.Services.AddScoped<Restorer>();
        builder.Services.AddScoped<Exporter>();
        builder.Services.AddScoped<DemoPublication>();
        builder.Services.AddSingleton<Importer>();
        return builder;
    }
}
