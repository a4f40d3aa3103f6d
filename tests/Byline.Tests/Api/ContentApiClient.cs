using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Byline.Api;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Api;

// Test helpers for the Content API: a key made the way `byline key add` makes it, and GETs that
// return the status with the parsed JSON body.
public static class ContentApiClient
{
    public static Task<string> AddKeyAsync(this BylineApp app, string name = "test", bool revoked = false) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            var key = ApiKeys.Generate(name, DateTime.UtcNow);
            key.Revoked = revoked;
            db.ApiKeys.Add(key);
            await db.SaveChangesAsync();
            return key.ContentKey;
        });

    public static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        JsonElement body;
        try
        {
            body = JsonSerializer.Deserialize<JsonElement>(text);
        }
        catch (JsonException)
        {
            throw new Xunit.Sdk.XunitException($"{url} answered {(int)response.StatusCode} with a body that is not JSON: {text[..Math.Min(300, text.Length)]}");
        }

        return (response.StatusCode, body, response);
    }

    public static List<string> Slugs(this JsonElement body, string resource) =>
        body.GetProperty(resource).EnumerateArray().Select(p => p.GetProperty("slug").GetString()!).ToList();

    public static JsonElement Pagination(this JsonElement body) => body.GetProperty("meta").GetProperty("pagination");

    public static JsonElement Error(this JsonElement body) => body.GetProperty("errors")[0];

    public static Task<HttpResponseMessage> GetWithOriginAsync(this HttpClient client, string url, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Accept-Version", "v5.0");
        return client.SendAsync(request);
    }

    public static Task<T?> ReadAsync<T>(this HttpResponseMessage response) => response.Content.ReadFromJsonAsync<T>();
}
