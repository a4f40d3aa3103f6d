using System.Net;
using System.Text.Json;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Api;

// Refusals in Ghost's error shape, and the headers a public, cacheable, cross-origin API sends.
public sealed class ContentApiErrorTests(BylineApp app) : IClassFixture<BylineApp>
{
    private static readonly string[] ErrorFields = ["message", "context", "type", "details", "property", "help", "code", "id", "ghostErrorCode"];

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task AMissingKeyIsRefusedWith401()
    {
        var (status, body, _) = await _client.GetJsonAsync("/ghost/api/content/posts/");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(ErrorFields, body.Error().EnumerateObject().Select(p => p.Name).ToList());
        Assert.Equal("UnauthorizedError", body.Error().GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789")]
    [InlineData("not-a-key")]
    [InlineData("")]
    public async Task AWrongKeyIsRefusedWith401(string key)
    {
        var (status, body, _) = await _client.GetJsonAsync($"/ghost/api/content/posts/?key={key}");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UnauthorizedError", body.Error().GetProperty("type").GetString());
    }

    [Fact]
    public async Task ARevokedKeyIsRefusedWith401()
    {
        var key = await app.AddKeyAsync("revoked", revoked: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetJsonAsync($"/ghost/api/content/posts/?key={key}")).Status);
    }

    [Theory]
    [InlineData("posts?filter=tag:(", HttpStatusCode.BadRequest, "BadRequestError")]
    [InlineData("posts?filter=tag:news%2B", HttpStatusCode.BadRequest, "BadRequestError")]
    [InlineData("posts?filter=password:x", HttpStatusCode.BadRequest, "BadRequestError")]
    [InlineData("posts?filter=published_at:>'last%20week'", HttpStatusCode.BadRequest, "BadRequestError")]
    [InlineData("posts?filter=featured:maybe", HttpStatusCode.BadRequest, "BadRequestError")]
    [InlineData("tags?filter=tag:news", HttpStatusCode.BadRequest, "BadRequestError")]
    [InlineData("posts?order=title%20sideways", HttpStatusCode.BadRequest, "BadRequestError")]
    [InlineData("posts?order=body%20asc", HttpStatusCode.BadRequest, "BadRequestError")]
    [InlineData("posts?order=title;drop", HttpStatusCode.UnprocessableEntity, "ValidationError")]
    [InlineData("posts?limit=-1", HttpStatusCode.UnprocessableEntity, "ValidationError")]
    [InlineData("posts?limit=0", HttpStatusCode.UnprocessableEntity, "ValidationError")]
    [InlineData("posts?page=abc", HttpStatusCode.UnprocessableEntity, "ValidationError")]
    [InlineData("posts?formats=pdf", HttpStatusCode.UnprocessableEntity, "ValidationError")]
    [InlineData("posts/xyz", HttpStatusCode.UnprocessableEntity, "ValidationError")]
    [InlineData("members", HttpStatusCode.NotFound, "NotFoundError")]
    public async Task BadInputIsRefusedInGhostsShape(string pathAndQuery, HttpStatusCode expected, string type)
    {
        var key = await app.AddKeyAsync();
        var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var (status, body, response) = await _client.GetJsonAsync($"/ghost/api/content/{pathAndQuery}{separator}key={key}");
        Assert.Equal(expected, status);
        Assert.Equal(type, body.Error().GetProperty("type").GetString());
        Assert.Equal(ErrorFields, body.Error().EnumerateObject().Select(p => p.Name).ToList());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownIncludesAreIgnoredAsGhostIgnoresThem()
    {
        var key = await app.AddKeyAsync();
        var (status, body, _) = await _client.GetJsonAsync($"/ghost/api/content/posts/?include=tags,secrets&limit=1&key={key}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("posts")[0].TryGetProperty("tags", out _));
    }

    [Fact]
    public async Task AnswersArePublicCacheableAndOpenToAnyOrigin()
    {
        var key = await app.AddKeyAsync();
        var response = await _client.GetWithOriginAsync($"/ghost/api/content/posts?limit=1&key={key}", "https://front.example");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl.MaxAge);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("v6.0", response.Headers.GetValues("Content-Version").Single());
        Assert.Contains("Accept-Version", response.Headers.Vary);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/ghost/api/content/posts/");
        preflight.Headers.Add("Origin", "https://front.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "accept-version");
        var answer = await _client.SendAsync(preflight);
        Assert.True(answer.IsSuccessStatusCode);
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
