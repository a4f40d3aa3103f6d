namespace Byline.Tests.Infrastructure;

// Paths inside the repository and the shared fixtures beside it.
public static class Repo
{
    public static string Root { get; } = FindRoot();

    // The shared corpora (XSS payloads, naughty strings, sitemap schemas), kept with the tests.
    public static string Shared => Path.Combine(Root, "tests", "shared");

    public static string FixtureStory => Path.Combine(Root, "src", "Byline", "Demo", "content", "stories", "000_d4b235a49ae8a96e.txt");

    public static string JsTools => Path.Combine(Root, "tests", "js");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Byline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the Byline repository");
    }
}
