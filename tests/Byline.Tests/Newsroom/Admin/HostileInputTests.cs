using System.Net;
using System.Text.Json;
using Byline.Newsroom.Desk;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom.Admin;

// The Big List of Naughty Strings, and strings far past any limit, typed into every text field of
// every screen: each is either saved as typed (less control characters) or refused with a message
// on the form. Never a server error, and a saved reader page still answers.
public sealed class HostileInputTests(DeskApp desk) : IClassFixture<DeskApp>
{
    private static readonly string[] Naughty = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(Repo.Shared, "fixtures", "naughty", "blns.json")))!;

    private static readonly string[] ScreenList = ["/newsroom/sections", "/newsroom/tags", "/newsroom/authors", "/newsroom/pages", "/newsroom/ads", "/newsroom/settings"];

    public static TheoryData<string> Screens() => new(ScreenList);

    private static Dictionary<string, string> Fields(string screen, string value, int i) => screen switch
    {
        "/newsroom/sections" => new() { ["Form.Name"] = value, ["Form.Description"] = value, ["Form.Position"] = "1" },
        "/newsroom/tags" => new() { ["Form.Name"] = value, ["Form.Description"] = value },
        "/newsroom/authors" => new() { ["Form.Name"] = value, ["Form.JobTitle"] = value, ["Form.Bio"] = value, ["Form.Website"] = i % 4 < 2 ? value : "", ["Form.SocialLinks"] = i % 4 < 2 ? value : "" },
        "/newsroom/pages" => new() { ["Form.Title"] = value, ["Form.Body"] = value },
        "/newsroom/ads" => new() { ["Form.Name"] = $"{i} {value}", ["Form.AltText"] = value, ["Form.Html"] = value, ["Form.ImageUrl"] = i % 4 < 2 ? value : "", ["Form.Width"] = "300", ["Form.Height"] = "250", ["Form.Placement"] = "Rail" },
        _ => new() { ["Form.Name"] = value, ["Form.Tagline"] = value, ["Form.Copyright"] = value, ["Form.BaseUrl"] = "https://news.example", ["Form.Language"] = "en", ["Form.TimeZone"] = i % 4 < 2 ? value : "UTC", ["Form.FooterLinks"] = i % 4 < 2 ? value : "" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task EveryNaughtyStringIsSavedOrRefusedWithAMessageNeverAServerError(string screen)
    {
        var person = await desk.AsAsync(screen is "/newsroom/ads" or "/newsroom/settings" ? DeskApp.Owner : DeskApp.Editor);
        var token = await person.TokenAsync(screen);
        var saved = 0;

        // Each screen takes every other string, alternating, so each string still meets three screens.
        for (var i = Array.IndexOf(ScreenList, screen) % 2; i < Naughty.Length; i += 2)
        {
            var response = await person.PostFormAsync(screen, Fields(screen, Naughty[i], i), token);
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                saved++;
                var edit = response.Headers.Location!.OriginalString;
                Assert.Equal(HttpStatusCode.OK, (await person.GetAsync(edit)).StatusCode);
                continue;
            }

            if (Naughty[i].Contains('\0', StringComparison.Ordinal))
            {
                await AssertUnreadableAsync(response);
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"“{Naughty[i]}” on {screen}: {(int)response.StatusCode}");
            Assert.NotEmpty(await DeskForms.ErrorsAsync(response));
        }

        Assert.True(saved > 0, $"nothing was saved on {screen}");
    }

    private static async Task AssertUnreadableAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("That form could not be read", page.QuerySelector("h1")?.Text());
    }

    // ASP.NET Core will not decode a form holding NUL; the newsroom says so instead of failing.
    [Fact]
    public async Task AFormCarryingANulCharacterIsRefusedWithAPageThatSaysSo()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);

        var response = await editor.PostAsync("/newsroom/tags", new Dictionary<string, string> { ["Form.Name"] = "a\u0000b", ["Form.Slug"] = "nul-tag" });

        await AssertUnreadableAsync(response);
        Assert.False(await desk.QueryAsync(db => db.Tags.AnyAsync(t => t.Slug == "nul-tag")));
    }

    [Fact]
    public async Task WhatIsSavedIsWhatWasTypedLessControlCharacters()
    {
        var editor = await desk.AsAsync(DeskApp.Editor);
        const string Typed = "Ṱ̺̺̕o͞ 𝕿𝖍𝖊 \u202Eevil\u202C <b>“quoted”</b> \u0001\u0007\u009F ﷽ 👩🏽‍🚒";

        var edit = await editor.CreateAsync("/newsroom/tags", new Dictionary<string, string> { ["Form.Name"] = Typed, ["Form.Slug"] = "typed-as-is" });

        var name = await desk.QueryAsync(db => db.Tags.Where(t => t.Id == DeskForms.IdOf(edit)).Select(t => t.Name).SingleAsync());
        Assert.Equal(FormText.Clean(Typed), name);
        Assert.DoesNotContain('\u0007', name);
        var (response, page) = await desk.ReadAsync("/tag/typed-as-is");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, page.QuerySelector("main h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/newsroom/sections", "Form.Name", "at most 200 characters")]
    [InlineData("/newsroom/authors", "Form.Bio", "at most 5,000 characters")]
    [InlineData("/newsroom/pages", "Form.Body", "at most 200,000 characters")]
    [InlineData("/newsroom/ads", "Form.Html", "at most 20,000 characters")]
    [InlineData("/newsroom/settings", "Form.FooterLinks", "at most 10,000 characters")]
    public async Task AHugeValueIsRefusedWithItsLimit(string screen, string field, string message)
    {
        var person = await desk.AsAsync(screen is "/newsroom/ads" or "/newsroom/settings" ? DeskApp.Owner : DeskApp.Editor);
        var fields = Fields(screen, "Fine", 0);
        fields["Form.Title"] = "Fine";
        fields["Form.TimeZone"] = "UTC";
        fields[field] = new string('x', 300_000);

        var errors = await person.RefusedAsync(screen, fields);

        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }
}
