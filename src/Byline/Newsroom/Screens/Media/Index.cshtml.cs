using Byline.Media;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Screens.Media;

// The media library: everyone in the newsroom sees and searches it (by file name or alt text) and
// uploads to it (through MediaUploadModel); describing and deleting an image is for its uploader
// and for editors (MediaRights), checked here on every post whatever the page showed.
[Authorize(Policy = Roles.Contributor)]
public sealed class MediaIndexModel(BylineDb db, MediaLibrary library, AuditLog audit) : PageModel
{
    public const int PageSize = 24;

    public sealed record Item(MediaAsset Asset, string? Uploader, bool CanChange);

    public IReadOnlyList<Item> Items { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages { get; private set; } = 1;
    public long MaxUploadBytes => library.MaxUploadBytes;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var assets = db.MediaAssets.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            // Lower-cased on both sides, so the search ignores case on SQLite and PostgreSQL alike.
            var pattern = "%" + Query.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            assets = assets.Where(a => EF.Functions.Like(a.FileName.ToLower(), pattern, "\\") || EF.Functions.Like(a.Alt.ToLower(), pattern, "\\"));
        }

        Total = await assets.CountAsync(cancellationToken);
        Pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var rows = await assets.OrderByDescending(a => a.UploadedAt).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(a => new { Asset = a, Uploader = db.Users.Where(u => u.Id == a.UploadedById).Select(u => u.DisplayName).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        Items = [.. rows.Select(r => new Item(r.Asset, r.Uploader, MediaRights.CanChange(User, r.Asset)))];
    }

    public async Task<IActionResult> OnPostEditAsync(int id, string? alt, string? caption, string? credit, CancellationToken cancellationToken)
    {
        var asset = await db.MediaAssets.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (asset is null)
        {
            return NotFound();
        }

        if (!MediaRights.CanChange(User, asset))
        {
            return await RefuseAsync(asset, cancellationToken);
        }

        (alt, caption, credit) = (alt?.Trim() ?? "", Blank(caption), Blank(credit));
        if (alt.Length > 500 || caption?.Length > 1000 || credit?.Length > 300)
        {
            return Back(asset, error: "Alt text may be at most 500 characters, a caption 1,000 and a credit 300; nothing was changed.");
        }

        (asset.Alt, asset.Caption, asset.Credit) = (alt, caption, credit);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.MediaEdited, asset.Url, asset.FileName, cancellationToken: cancellationToken);
        return Back(asset, notice: $"Saved the description of “{asset.FileName}”.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var asset = await db.MediaAssets.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (asset is null)
        {
            return NotFound();
        }

        if (!MediaRights.CanChange(User, asset))
        {
            return await RefuseAsync(asset, cancellationToken);
        }

        if (await library.InUseAsync(asset, cancellationToken) is { } use)
        {
            return Back(asset, error: $"“{asset.FileName}” {use}, so it was not deleted. Take it out of that story first.");
        }

        await library.DeleteAsync(asset, cancellationToken);
        await audit.RecordAsync(AuditActions.MediaDeleted, asset.Url, asset.FileName, cancellationToken: cancellationToken);
        TempData["Notice"] = $"Deleted “{asset.FileName}”.";
        return Redirect("/newsroom/media");
    }

    private async Task<IActionResult> RefuseAsync(MediaAsset asset, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(AuditActions.AccessDenied, $"{Request.Method} {Request.Path}", $"media {asset.Url}", cancellationToken: cancellationToken);
        return StatusCode(StatusCodes.Status403Forbidden);
    }

    private RedirectResult Back(MediaAsset asset, string? notice = null, string? error = null)
    {
        TempData[error is null ? "Notice" : "Error"] = error ?? notice;
        return Redirect($"/newsroom/media#asset-{asset.Id}");
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
