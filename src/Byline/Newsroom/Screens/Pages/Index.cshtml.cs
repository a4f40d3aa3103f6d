using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Pages;

// The publication's static pages: About, Terms, Privacy, Contact.
[Authorize(Policy = Roles.Editor)]
public sealed class PagesModel(BylineDb db, AuditLog audit, TimeProvider time) : DeskPage(db, audit)
{
    public sealed record Row(int Id, string Title, string Slug, DateTime UpdatedAt);

    public IReadOnlyList<Row> Pages { get; private set; } = [];

    [BindProperty]
    public PageForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var page = new Page { Title = "", Slug = "" };
        if (ModelState.IsValid && await Form.ApplyAsync(Db, page, time.GetUtcNow().UtcDateTime, ModelState, cancellationToken))
        {
            Db.Pages.Add(page);
            if (await SaveAsync(AuditActions.PageCreated, $"page {page.Slug}", page.Title, cancellationToken))
            {
                return Done($"Page “{page.Title}” added.", $"/newsroom/pages/{page.Id}");
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Pages = await Db.Pages.AsNoTracking().OrderBy(p => p.Title).Select(p => new Row(p.Id, p.Title, p.Slug, p.UpdatedAt)).ToListAsync(cancellationToken);
}
