using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Pages;

// One static page: title, address, and its Markdown, rendered and sanitized when saved.
[Authorize(Policy = Roles.Editor)]
public sealed class StaticPageModel(BylineDb db, AuditLog audit, TimeProvider time) : DeskPage(db, audit)
{
    public Page Item { get; private set; } = null!;

    [BindProperty]
    public PageForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = new PageForm { Title = Item.Title, Slug = Item.Slug, Body = Item.BodyMarkdown };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var before = $"{Item.Title} (/{Item.Slug})";
        if (!ModelState.IsValid || !await Form.ApplyAsync(Db, Item, time.GetUtcNow().UtcDateTime, ModelState, cancellationToken))
        {
            return Page();
        }

        return await SaveAsync(AuditActions.PageChanged, $"page {Item.Slug}", $"was {before}", cancellationToken)
            ? Done($"Page “{Item.Title}” saved.", $"/newsroom/pages/{id}")
            : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Db.Pages.Remove(Item);
        return await SaveAsync(AuditActions.PageDeleted, $"page {Item.Slug}", Item.Title, cancellationToken)
            ? Done($"Page “{Item.Title}” deleted.", "/newsroom/pages")
            : Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Item = (await Db.Pages.FirstOrDefaultAsync(p => p.Id == id, cancellationToken))!;
        ViewData["Title"] = Item is null ? null : $"Page: {Item.Title}";
        return Item is not null;
    }
}
