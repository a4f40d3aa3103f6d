namespace Byline.Cli;

public static class BylineConfiguration
{
    // Standard ASP.NET sources, plus BYLINE_-prefixed environment variables
    // (BYLINE_ConnectionStrings__Byline, BYLINE_Byline__Theme).
    public static IHostApplicationBuilder AddBylineConfiguration(this IHostApplicationBuilder builder)
    {
        builder.Configuration.AddEnvironmentVariables("BYLINE_");
        return builder;
    }
}
