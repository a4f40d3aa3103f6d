using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Tags;

// Tags by name, fifty a page, with how many stories carry each; a search narrows by name or slug.
[Authorize(Policy = Roles.Editor)]
public sealed class TagsModel(BylineDb db, AuditLog audit) : DeskPage(db, audit)
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Name, string Slug, int Stories);

    public IReadOnlyList<Row> Tags { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public string? Query { get; private set; }

    [BindProperty]
    public TagForm Form { get; set; } = new();

    public async Task OnGetAsync(string? q, int p, CancellationToken cancellationToken) => await LoadAsync(q, p, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var name = Required(Form.Name, "Form.Name", "Give the tag a name.");
        var slug = name is null ? null : Slug(Form.Slug, name, "tag", "Form.Slug");
        if (ModelState.IsValid && await Db.Tags.AnyAsync(t => t.Slug == slug, cancellationToken))
        {
            ModelState.AddModelError("Form.Slug", $"Another tag already has the slug “{slug}”.");
        }

        if (ModelState.IsValid)
        {
            var tag = Db.Tags.Add(new Tag { Name = name!, Slug = slug!, Description = FormText.Clean(Form.Description) }).Entity;
            if (await SaveAsync(AuditActions.TagCreated, $"tag {slug}", name, cancellationToken))
            {
                return Done($"Tag “{name}” added.", $"/newsroom/tags/{tag.Id}");
            }
        }

        await LoadAsync(null, 1, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(string? q, int page, CancellationToken cancellationToken)
    {
        Query = FormText.Clean(q) is { } query && query.Length <= 200 ? query : null;
        var tags = Db.Tags.AsNoTracking();
        if (Query is not null)
        {
            // Matched case-insensitively on both providers: names by their lowercase form, slugs are lowercase already.
            var lower = Query.ToLowerInvariant();
#pragma warning disable CA1862 // EF translates ToLower; it cannot translate a StringComparison.
            tags = tags.Where(t => t.Name.ToLower().Contains(lower) || t.Slug.Contains(lower));
#pragma warning restore CA1862
        }

        Total = await tags.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(page, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Tags = await tags.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(t => new Row(t.Id, t.Name, t.Slug, t.Stories.Count))
            .ToListAsync(cancellationToken);
    }

    public string PageLink(int page) => $"/newsroom/tags?p={page}" + (Query is null ? "" : "&q=" + Uri.EscapeDataString(Query));
}
