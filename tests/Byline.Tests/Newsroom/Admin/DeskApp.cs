using System.Net;
using System.Text.RegularExpressions;
using Byline.Caching;
using Byline.Newsroom.Accounts;
using Byline.Tests.Infrastructure;

namespace Byline.Tests.Newsroom.Admin;

// A newsroom with one person in each role, for a test class to share. Tests keep to their own
// slugs and names, so they do not meet.
public class DeskApp : IAsyncLifetime
{
    public const string Owner = "owner@byline.test";
    public const string Editor = "editor@byline.test";
    public const string Author = "author@byline.test";
    public const string Contributor = "contributor@byline.test";

    private readonly Dictionary<string, HttpClient> _signedIn = [];

    // Many tests sign the same people in: each signs in once, under the per-address limit.
    public NewsroomApp App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await App.AddUserAsync(Owner, Roles.Administrator, owner: true);
        await App.AddUserAsync(Editor, Roles.Editor);
        await App.AddUserAsync(Author, Roles.Author);
        await App.AddUserAsync(Contributor, Roles.Contributor);
    }

    public Task DisposeAsync() => App.DisposeAsync().AsTask();

    public async Task<HttpClient> AsAsync(string email)
    {
        if (!_signedIn.TryGetValue(email, out var client))
        {
            _signedIn[email] = client = await App.SignedInAsync(email);
        }

        return client;
    }

    // A reader: no cookies, plain GETs, through the page cache.
    public async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> ReadAsync(string path) =>
        await App.CreateClient().GetPageAsync(path);

    public Task<T> QueryAsync<T>(Func<BylineDb, Task<T>> query) => App.QueryAsync(query);
}

public static partial class DeskForms
{
    // Fetches the screen for its token and posts one of its forms.
    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string screen, IDictionary<string, string> fields, string? handler = null) =>
        client.SubmitAsync(screen, handler is null ? screen : $"{screen}?handler={handler}", fields);

    // Posts a new-item form and returns the new item's edit address (where a successful save goes).
    public static async Task<string> CreateAsync(this HttpClient client, string screen, IDictionary<string, string> fields)
    {
        var response = await client.PostAsync(screen, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{screen}: {(int)response.StatusCode} {string.Join(" | ", await ErrorsAsync(response))}");
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches($"^{Regex.Escape(screen)}/\\d+$", location);
        return location;
    }

    public static async Task SaveAsync(this HttpClient client, string screen, IDictionary<string, string> fields, string? handler = null)
    {
        var response = await client.PostAsync(screen, fields, handler);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{screen} {handler}: {(int)response.StatusCode} {string.Join(" | ", await ErrorsAsync(response))}");
    }

    // The messages a form was sent back with.
    public static async Task<IReadOnlyList<string>> ErrorsAsync(HttpResponseMessage response)
    {
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync());
        return [.. page.QuerySelectorAll(".errors li").Select(li => li.Text())];
    }

    // Posts a form that should be refused, and returns its messages.
    public static async Task<IReadOnlyList<string>> RefusedAsync(this HttpClient client, string screen, IDictionary<string, string> fields, string? handler = null)
    {
        var response = await client.PostAsync(screen, fields, handler);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.NotEmpty(errors);
        return errors;
    }

    public static int IdOf(string editPath) => int.Parse(editPath[(editPath.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    // Reads reader pages until each comes from the page cache, so that it is cached before a change.
    // (A save just before may still be evicting through the poller for a moment.)
    public static async Task PrimeAsync(this DeskApp desk, params string[] paths)
    {
        foreach (var path in paths)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while ((await desk.ReadAsync(path)).Response.Headers.GetValues(PageCacheMiddleware.CacheHeader).Single() != "hit")
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{path} never came from the cache");
                await Task.Delay(100);
            }
        }
    }
}
