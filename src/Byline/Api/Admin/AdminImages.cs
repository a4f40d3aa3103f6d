using System.Text.Json.Nodes;
using Byline.Api.Content;
using Byline.Media;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Byline.Api.Admin;

// /ghost/api/admin/images/upload: a multipart form with the image in "file" (and an optional "ref"
// echoed back), as @tryghost/admin-api sends it. The image goes through MediaStore's checks
// and into the media library, variants and all.
public static class AdminImages
{
    public static RouteGroupBuilder MapAdminImages(this RouteGroupBuilder api)
    {
        api.MapPost("/images/upload", UploadAsync).WithMetadata(new GhostAction("upload image"))
            .WithSummary("Upload a JPEG, PNG, GIF or WebP image (multipart field \"file\")")
            .Produces<AdminDocs.ImagesBody>(StatusCodes.Status201Created)
            .DisableAntiforgery();
        return api;
    }

    public static async Task<Created<JsonObject>> UploadAsync(HttpRequest request, MediaLibrary media, AuditLog audit, BylineDb db, CancellationToken ct)
    {
        var limit = media.MaxUploadBytes + (64 * 1024);
        if (request.ContentLength > limit)
        {
            throw TooLarge(media);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (!request.HasFormContentType)
        {
            throw GhostApiException.BadRequest("Please select an image.", "Send multipart/form-data with the image in the field \"file\".");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 20 }, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            throw ex is BadHttpRequestException { StatusCode: 413 } || ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(media)
                : GhostApiException.BadRequest("The upload could not be read.", ex.Message);
        }

        var file = form.Files.GetFile("file") ?? throw GhostApiException.BadRequest("Please select an image.", "The field \"file\" is missing.");
        MediaAsset stored;
        try
        {
            await using var stream = file.OpenReadStream();
            stored = await media.UploadAsync(stream, file.FileName, uploadedById: null, ct);
        }
        catch (MediaException ex)
        {
            throw ex.TooLarge ? TooLarge(media) : new GhostApiException(415, "UnsupportedMediaTypeError", "Please select a valid image.", ex.Message);
        }

        await audit.RecordAsync(AuditActions.MediaUploaded, stored.Url, $"{stored.FileName} through the Admin API", cancellationToken: ct);
        var site = await ContentSite.LoadAsync(db, ct);
        var reference = form["ref"].ToString();
        var body = new JsonObject
        {
            ["images"] = new JsonArray(new JsonObject { ["url"] = site.Url(stored.Url), ["ref"] = reference.Length == 0 ? null : reference }),
        };
        return TypedResults.Created(stored.Url, body);
    }

    private static GhostApiException TooLarge(MediaLibrary media) =>
        new(413, "RequestEntityTooLargeError", "Request is larger than the maximum file size the server allows", $"Images may be at most {media.MaxUploadBytes / 1024 / 1024} MB.");
}
