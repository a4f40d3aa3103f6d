using System.Security.Claims;
using Byline.Media;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Screens.Media;

// Receives the library's upload form. It has a page of its own because the size limit has to be
// applied before anything reads the body: Razor Pages would otherwise read the whole form (for the
// anti-forgery token) under the server's general limit. So the declared length is checked first,
// the form is read under the configured limit, and the token is checked by hand before anything is
// stored. Every outcome lands back on the library with a message.
[Authorize(Policy = Roles.Contributor)]
[IgnoreAntiforgeryToken]
public sealed class MediaUploadModel(MediaLibrary library, AuditLog audit, IAntiforgery antiforgery) : PageModel
{
    public IActionResult OnGet() => Redirect("/newsroom/media");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var limit = library.MaxUploadBytes + (64 * 1024);
        if (Request.ContentLength > limit)
        {
            return Back(TooLarge(null));
        }

        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (!Request.HasFormContentType)
        {
            return BadRequest();
        }

        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 10 }, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return Back(ex is BadHttpRequestException { StatusCode: 413 } || ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge(null)
                : "The upload could not be read; please try again.");
        }

        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return BadRequest();
        }

        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Back("Choose an image to upload.");
        }

        var name = MediaLibrary.DisplayName(file.FileName, "image");
        if (file.Length > library.MaxUploadBytes)
        {
            return Back(TooLarge(name));
        }

        MediaAsset asset;
        try
        {
            await using var stream = file.OpenReadStream();
            asset = await library.UploadAsync(stream, file.FileName, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        }
        catch (MediaException ex)
        {
            await audit.RecordAsync(AuditActions.MediaRefused, name, ex.Message, cancellationToken: cancellationToken);
            return Back(ex.TooLarge ? TooLarge(name) : $"“{name}” was not uploaded: {ex.Message}.");
        }

        await audit.RecordAsync(AuditActions.MediaUploaded, asset.Url, asset.FileName, cancellationToken: cancellationToken);
        TempData["Notice"] = $"“{asset.FileName}” is in the library. Give it alt text before it leads a story.";
        return Redirect($"/newsroom/media#asset-{asset.Id}");
    }

    private string TooLarge(string? name) =>
        $"{(name is null ? "The file" : $"“{name}”")} is larger than the {library.MaxUploadBytes / 1024.0 / 1024.0:0.#} MB an image may be; nothing was uploaded. Make it smaller and try again.";

    private RedirectResult Back(string error)
    {
        TempData["Error"] = error;
        return Redirect("/newsroom/media");
    }
}
