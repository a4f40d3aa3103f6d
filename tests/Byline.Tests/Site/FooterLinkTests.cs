using Byline.Publication;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Site;

// Footer links come from the publication's settings, which a restore or an old row can fill with
// anything: a script address must never reach a reader's page as a link.
public sealed class FooterLinkTests : IAsyncLifetime
{
    private readonly EmptyBylineApp _app = new();

    public async Task InitializeAsync() => await _app.InitializeAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AFooterLinkWithAScriptAddressIsLeftOutAndWebAndLocalLinksStay()
    {
        await _app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            var publication = await db.Publication.OrderBy(p => p.Id).FirstOrDefaultAsync() ?? db.Publication.Add(new PublicationSettings { Name = "Byline" }).Entity;
            publication.FooterLinks =
            [
                new FooterLink { Label = "About", Url = "/about" },
                new FooterLink { Label = "Trap", Url = "javascript:alert(1)" },
                new FooterLink { Label = "Data", Url = "data:text/html,<script>alert(1)</script>" },
                new FooterLink { Label = "Elsewhere", Url = "https://example.com/policy" },
            ];
            await db.SaveChangesAsync();
            return 0;
        });

        var page = await Html.ParseAsync(await _app.CreateClient().GetStringAsync("/"));

        var links = page.QuerySelectorAll("footer a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Contains(("About", "/about"), links);
        Assert.Contains(("Elsewhere", "https://example.com/policy"), links);
        Assert.DoesNotContain(links, l => l.Item1 is "Trap" or "Data");
        Assert.DoesNotContain(links, l => l.Item2!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || l.Item2.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }
}
