using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Sections;

// Sections in the order the site's navigation shows them, with how many stories each holds; a
// new one is added here and edited on its own page.
[Authorize(Policy = Roles.Editor)]
public sealed class SectionsModel(BylineDb db, AuditLog audit) : DeskPage(db, audit)
{
    public sealed record Row(int Id, string Name, string Slug, int Position, int Stories);

    public IReadOnlyList<Row> Sections { get; private set; } = [];

    [BindProperty]
    public SectionForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form.Position = await Db.Sections.CountAsync(cancellationToken);
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Required(Form.Name, "Form.Name", "Give the section a name.");
        var slug = name is null ? null : Slug(Form.Slug, name, "section", "Form.Slug");
        if (ModelState.IsValid && await SectionEditor.SlugTakenAsync(Db, slug!, null, cancellationToken) is { } taken)
        {
            ModelState.AddModelError("Form.Slug", taken);
        }

        if (ModelState.IsValid)
        {
            var section = Db.Sections.Add(new Section { Name = name!, Slug = slug!, Description = FormText.Clean(Form.Description), Position = Form.Position }).Entity;
            if (await SaveAsync(AuditActions.SectionCreated, $"section {slug}", name, cancellationToken))
            {
                return Done($"Section “{name}” added.", $"/newsroom/sections/{section.Id}");
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Sections = await Db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new Row(s.Id, s.Name, s.Slug, s.Position, Db.Stories.Count(x => x.SectionId == s.Id)))
            .ToListAsync(cancellationToken);
}
