using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Desk;

// What the newsroom's content screens (sections, tags, authors, pages, ads, settings) share: every
// change is saved through the change tracker, so the page cache evicts what it showed, and then
// written to the audit log; a clash on a unique slug or name becomes a message on the form.
public abstract class DeskPage(BylineDb db, AuditLog audit) : PageModel
{
    protected BylineDb Db => db;

    protected async Task<bool> SaveAsync(string action, string subject, string? detail, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("", "Someone saved something with the same slug or name at the same moment, so nothing was saved. Please check and try again.");
            db.ChangeTracker.Clear();
            return false;
        }

        await audit.RecordAsync(action, subject, detail, cancellationToken: cancellationToken);
        return true;
    }

    protected RedirectResult Done(string notice, string path)
    {
        TempData["Notice"] = notice;
        return Redirect(path);
    }

    // The value with control characters out, trimmed, null when empty; a note on the form when a
    // required value is missing.
    protected string? Required(string? value, string field, string message)
    {
        var clean = FormText.Clean(value);
        if (clean is null)
        {
            ModelState.AddModelError(field, message);
        }

        return clean;
    }

    protected string? Slug(string? typed, string name, string kind, string field)
    {
        var slug = SlugRule.From(typed, name, kind);
        if (SlugRule.Problem(slug, kind) is { } problem)
        {
            ModelState.AddModelError(field, problem);
        }

        return slug;
    }

    protected string? WebAddress(string? value, string field, string label)
    {
        var clean = FormText.Clean(value);
        if (clean is not null && !FormText.IsWebAddress(clean))
        {
            ModelState.AddModelError(field, $"The {label} {FormText.WebAddressMessage}.");
        }

        return clean;
    }
}
