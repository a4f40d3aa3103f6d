using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Sections;

// One section: rename, re-slug, describe, reorder, or delete. A section that still holds stories
// is deleted only with somewhere to move them, so no story loses its section by accident.
[Authorize(Policy = Roles.Editor)]
public sealed class SectionModel(BylineDb db, AuditLog audit) : DeskPage(db, audit)
{
    public Section Section { get; private set; } = null!;
    public int Stories { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Others { get; private set; } = [];

    [BindProperty]
    public SectionForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = new SectionForm { Name = Section.Name, Slug = Section.Slug, Description = Section.Description, Position = Section.Position };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var name = Required(Form.Name, "Form.Name", "Give the section a name.");
        var slug = name is null ? null : Slug(Form.Slug, name, "section", "Form.Slug");
        if (ModelState.IsValid && await SectionEditor.SlugTakenAsync(Db, slug!, id, cancellationToken) is { } taken)
        {
            ModelState.AddModelError("Form.Slug", taken);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = $"{Section.Name} (/{Section.Slug})";
        Section.Name = name!;
        Section.Slug = slug!;
        Section.Description = FormText.Clean(Form.Description);
        Section.Position = Form.Position;
        return await SaveAsync(AuditActions.SectionChanged, $"section {slug}", $"was {before}", cancellationToken)
            ? Done($"Section “{name}” saved.", $"/newsroom/sections/{id}")
            : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int? moveTo, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var target = moveTo is int to && to != id ? await Db.Sections.FirstOrDefaultAsync(s => s.Id == to, cancellationToken) : null;
        if (Stories > 0 && target is null)
        {
            ModelState.AddModelError("", $"{Stories} {(Stories == 1 ? "story is" : "stories are")} in this section. Choose a section to move {(Stories == 1 ? "it" : "them")} to, then delete.");
            Form = new SectionForm { Name = Section.Name, Slug = Section.Slug, Description = Section.Description, Position = Section.Position };
            return Page();
        }

        // Moved one by one through the change tracker, so each story's page and both lists are evicted.
        if (target is not null)
        {
            foreach (var story in await Db.Stories.Where(s => s.SectionId == id).ToListAsync(cancellationToken))
            {
                story.SectionId = target.Id;
            }
        }

        Db.Sections.Remove(Section);
        var detail = target is null ? Section.Name : $"{Section.Name}; {Stories} stories moved to {target.Name}";
        return await SaveAsync(AuditActions.SectionDeleted, $"section {Section.Slug}", detail, cancellationToken)
            ? Done($"Section “{Section.Name}” deleted{(target is null ? "" : $"; its stories are now in {target.Name}")}.", "/newsroom/sections")
            : Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var section = await Db.Sections.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (section is null)
        {
            return false;
        }

        Section = section;
        Stories = await Db.Stories.CountAsync(s => s.SectionId == id, cancellationToken);
        Others = (await Db.Sections.AsNoTracking().Where(s => s.Id != id).OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken)).ConvertAll(s => (s.Id, s.Name));
        ViewData["Title"] = $"Section: {section.Name}";
        return true;
    }
}
