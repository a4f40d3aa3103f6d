using System.Text.Json;
using System.Text.Json.Nodes;
using Byline.Api.Content;
using Microsoft.AspNetCore.Http.Features;

namespace Byline.Api.Admin;

// Reads a JSON body of bounded size: too large is Ghost's 413, not JSON is a 400.
public static class AdminBody
{
    public const long MaxJsonBytes = 5 * 1024 * 1024;

    public static async Task<JsonNode?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxJsonBytes)
        {
            throw TooLarge();
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxJsonBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxJsonBytes)
                {
                    throw TooLarge();
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }

        try
        {
            return JsonNode.Parse(buffer.ToArray(), documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            throw GhostApiException.BadRequest("Request body is not valid JSON.");
        }
    }

    public static GhostApiException TooLarge() =>
        new(413, "RequestEntityTooLargeError", "Request is larger than the maximum file size the server allows", $"At most {MaxJsonBytes / 1024 / 1024} MB of JSON.");
}
