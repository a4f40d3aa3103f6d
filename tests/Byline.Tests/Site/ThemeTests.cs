using System.Net;
using Byline.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Byline.Tests.Site;

// A publisher copies themes/default, edits it and selects it in configuration; no rebuild.
public sealed class ThemeTests : IAsyncLifetime
{
    private readonly string _themes = Directory.CreateTempSubdirectory("byline-themes-").FullName;
    private BylineApp _app = null!;
    private WebApplicationFactory<Program> _themed = null!;

    public async Task InitializeAsync()
    {
        CopyFolder(Path.Combine(Repo.Root, "themes", "default"), Path.Combine(_themes, "paper"));
        var story = Path.Combine(_themes, "paper", "templates", "story.liquid");
        await File.WriteAllTextAsync(story, (await File.ReadAllTextAsync(story)).Replace("<h1 class=\"headline\">", "<h1 class=\"headline paper-headline\">", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(_themes, "paper", "templates", "page.liquid"), "{% include 'no-such-partial' %}");

        _app = new BylineApp();
        await _app.InitializeAsync();
        _themed = _app.WithWebHostBuilder(b => b.UseSetting("Byline:ThemesPath", _themes).UseSetting("Byline:Theme", "paper"));
    }

    public async Task DisposeAsync()
    {
        await _themed.DisposeAsync();
        await _app.DisposeAsync();
        Directory.Delete(_themes, recursive: true);
    }

    [Fact]
    public async Task ACopiedThemeSelectedInConfigurationRendersThePages()
    {
        var (response, page) = await _themed.CreateClient().GetPageAsync("/politics/asean-summit-issues-to-watch");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("h1.paper-headline"));
    }

    [Fact]
    public async Task ATemplateThatFailsGivesTheStyledErrorPageNotAStackTrace()
    {
        var (response, page) = await _themed.CreateClient().GetPageAsync("/about");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("went wrong", page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav[aria-label=Sections]"));
        Assert.DoesNotContain("no-such-partial", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void AThemeThatDoesNotExistStopsTheStartWithAClearMessage()
    {
        using var missing = _app.WithWebHostBuilder(b => b.UseSetting("Byline:Theme", "no-such-theme"));

        var error = Assert.ThrowsAny<Exception>(() => missing.CreateClient());
        Assert.Contains("Theme 'no-such-theme' was not found", error.ToString(), StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
