using Byline.Newsroom.Audit;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom.Admin;

public sealed class AdSlotScreenTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private static Dictionary<string, string> Fields(string name, string html = "", string image = "", string link = "", bool enabled = true, string placement = "TopBanner") => new()
    {
        ["Form.Name"] = name, ["Form.Placement"] = placement, ["Form.Width"] = "728", ["Form.Height"] = "90",
        ["Form.Html"] = html, ["Form.ImageUrl"] = image, ["Form.LinkUrl"] = link, ["Form.AltText"] = "An ad", ["Form.Enabled"] = enabled ? "true" : "false",
    };

    [Fact]
    public async Task AnImageAdShowsOnEveryReaderPageAtOnceAndGoesWhenSwitchedOff()
    {
        await desk.PrimeAsync("/");
        var owner = await desk.AsAsync(DeskApp.Owner);

        var edit = await owner.CreateAsync("/newsroom/ads", Fields("Top banner", image: "https://ads.example/banner.png", link: "https://shop.example/"));

        var (_, home) = await desk.ReadAsync("/");
        Assert.NotNull(home.QuerySelector("aside.ad a[href='https://shop.example/'] img[src='https://ads.example/banner.png']"));

        await owner.SaveAsync(edit, Fields("Top banner", image: "https://ads.example/banner.png", link: "https://shop.example/", enabled: false));

        var (_, after) = await desk.ReadAsync("/");
        Assert.Null(after.QuerySelector("aside.ad-top-banner"));
        Assert.True(await desk.QueryAsync(db => db.AuditLog.AnyAsync(e => e.Action == AuditActions.AdSlotChanged && e.Subject == "ad slot Top banner")));
    }

    [Fact]
    public async Task AdMarkupKeepsImagesAndLinksAndLosesScriptsAndHandlers()
    {
        var owner = await desk.AsAsync(DeskApp.Owner);
        const string Markup = "<a href=\"https://shop.example/\"><img src=\"https://ads.example/a.png\" alt=\"Sale\" onerror=\"alert(1)\"></a>" +
            "<script>alert(document.cookie)</script><iframe src=\"https://evil.example\"></iframe><a href=\"javascript:alert(1)\">x</a>";

        var edit = await owner.CreateAsync("/newsroom/ads", Fields("Footer markup", html: Markup, placement: "Footer"));
        var saved = await desk.QueryAsync(db => db.AdSlots.Where(a => a.Id == DeskForms.IdOf(edit)).Select(a => a.Html).SingleAsync());

        var stored = await Html.ParseAsync(saved!);
        Assert.NotNull(stored.QuerySelector("a[href='https://shop.example/'][target=_blank] img[src='https://ads.example/a.png']"));
        Assert.Empty(stored.QuerySelectorAll("script, iframe, [onerror], a[href^=javascript]"));

        // And the frame it is shown in may not run script at all.
        var (_, home) = await desk.ReadAsync("/");
        var frame = home.QuerySelector("aside.ad-footer iframe");
        Assert.NotNull(frame);
        Assert.DoesNotContain("allow-scripts", frame!.GetAttribute("sandbox"), StringComparison.Ordinal);
        Assert.DoesNotContain("allow-same-origin", frame.GetAttribute("sandbox"), StringComparison.Ordinal);
    }
}
