using System.Net;

namespace Byline.Tests.Infrastructure;

// Fills in newsroom forms over plain HTTP: fetch the page for its anti-forgery token, post the form.
public static class NewsroomForms
{
    public static async Task<string> TokenAsync(this HttpClient client, string path)
    {
        var (response, document) = await client.GetPageAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no anti-forgery token");
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IDictionary<string, string> fields, string? token) =>
        client.PostAsync(path, new FormUrlEncodedContent(token is null ? fields : new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));

    // Fetches the form's page first (for the token), then posts it.
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pagePath, string postPath, IDictionary<string, string> fields) =>
        await client.PostFormAsync(postPath, fields, await client.TokenAsync(pagePath));

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = NewsroomApp.Password)
    {
        var response = await client.SubmitAsync("/newsroom/login", "/newsroom/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        return response;
    }

    public static async Task<HttpClient> SignedInAsync(this NewsroomApp app, string email, string password = NewsroomApp.Password)
    {
        var client = app.Client();
        var response = await client.SignInAsync(email, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }
}
