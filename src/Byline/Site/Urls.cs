namespace Byline.Site;

// Every public address is made here, so templates, feeds and redirects agree.
public static class Urls
{
    public const string NoSection = "news";

    public static string Story(string? sectionSlug, string slug) => $"/{sectionSlug ?? NoSection}/{slug}";
    public static string Section(string slug) => $"/{slug}";
    public static string Tag(string slug) => $"/tag/{slug}";
    public static string Author(string slug) => $"/author/{slug}";
    public static string Page(string slug) => $"/{slug}";

    // /people/tony-blair, /organisations/home-office, /places/london.
    public static string Entity(Text.Analysis.EntityKind kind, string slug) => $"/{EntityFolder(kind)}/{slug}";

    public static string EntityFolder(Text.Analysis.EntityKind kind) => kind switch
    {
        Text.Analysis.EntityKind.Person => "people",
        Text.Analysis.EntityKind.Organisation => "organisations",
        _ => "places",
    };

    public static string WithPage(string path, int page) => page <= 1 ? path : $"{path}?page={page}";

    public static string Absolute(string baseUrl, string path) => baseUrl.TrimEnd('/') + path;
}
