using System.Net;
using System.Text.RegularExpressions;

namespace Byline.Tests.Infrastructure;

// Drives the story editor over plain HTTP, as its form would: read the page for the anti-forgery
// token and the story's version, then post the fields under their form names.
public static partial class StoryEditorForms
{
    public static Dictionary<string, string> Story(string headline, string body, params (string Field, string Value)[] extra)
    {
        var fields = new Dictionary<string, string> { ["Form.Headline"] = headline, ["Form.Body"] = body };
        foreach (var (field, value) in extra)
        {
            fields[$"Form.{field}"] = value;
        }

        return fields;
    }

    // Opens the editor, then posts the fields with the version the page showed (unless one is given).
    public static async Task<HttpResponseMessage> SaveStoryAsync(this HttpClient client, string id, Dictionary<string, string> fields, string act = "save", int? version = null)
    {
        var (token, shown) = await OpenStoryAsync(client, id);
        var posted = new Dictionary<string, string>(fields) { ["act"] = act, ["Form.Version"] = (version ?? shown).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return await client.PostFormAsync($"/newsroom/stories/{id}", posted, token);
    }

    public static async Task<(string Token, int Version)> OpenStoryAsync(this HttpClient client, string id)
    {
        var (response, page) = await client.GetPageAsync($"/newsroom/stories/{id}");
        Assert.True(response.IsSuccessStatusCode, $"GET story {id}: {(int)response.StatusCode}");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = int.Parse(page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
        return (token, version);
    }

    // Creates a story through the editor and returns its id.
    public static async Task<int> NewStoryAsync(this HttpClient client, Dictionary<string, string> fields, string act = "save")
    {
        var response = await client.SaveStoryAsync("new", fields, act);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"new story: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return int.Parse(StoryId().Match(response.Headers.Location!.ToString()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"/newsroom/stories/(\d+)$")]
    private static partial Regex StoryId();
}
