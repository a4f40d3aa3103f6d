using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Tags;

// One tag: rename, re-slug, describe; merge it into another (its stories take the other tag and
// this one goes); or delete it (its stories keep everything else). Story links change through the
// change tracker, so every story page and both tag pages are evicted.
[Authorize(Policy = Roles.Editor)]
public sealed class TagModel(BylineDb db, AuditLog audit) : DeskPage(db, audit)
{
    public Tag Tag { get; private set; } = null!;
    public int Stories { get; private set; }

    [BindProperty]
    public TagForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, withStories: false, cancellationToken))
        {
            return NotFound();
        }

        Form = new TagForm { Name = Tag.Name, Slug = Tag.Slug, Description = Tag.Description };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, withStories: false, cancellationToken))
        {
            return NotFound();
        }

        var name = Required(Form.Name, "Form.Name", "Give the tag a name.");
        var slug = name is null ? null : Slug(Form.Slug, name, "tag", "Form.Slug");
        if (ModelState.IsValid && await Db.Tags.AnyAsync(t => t.Slug == slug && t.Id != id, cancellationToken))
        {
            ModelState.AddModelError("Form.Slug", $"Another tag already has the slug “{slug}”. To put their stories together, merge the tags instead.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = $"{Tag.Name} (/tag/{Tag.Slug})";
        Tag.Name = name!;
        Tag.Slug = slug!;
        Tag.Description = FormText.Clean(Form.Description);
        return await SaveAsync(AuditActions.TagChanged, $"tag {slug}", $"was {before}", cancellationToken)
            ? Done($"Tag “{name}” saved.", $"/newsroom/tags/{id}")
            : Page();
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, string? into, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, withStories: true, cancellationToken))
        {
            return NotFound();
        }

        var slug = FormText.Clean(into)?.TrimStart('/').ToLowerInvariant();
        if (slug is not null && slug.StartsWith("tag/", StringComparison.Ordinal))
        {
            slug = slug[4..];
        }

        var target = slug is null || slug == Tag.Slug ? null : await Db.Tags.Include(t => t.Stories).FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (target is null)
        {
            ModelState.AddModelError("", slug is null || slug == Tag.Slug ? "Give the slug of another tag to merge this one into." : $"There is no tag with the slug “{slug}”.");
            Form = new TagForm { Name = Tag.Name, Slug = Tag.Slug, Description = Tag.Description };
            return Page();
        }

        var moved = 0;
        foreach (var story in Tag.Stories.Where(s => !target.Stories.Contains(s)))
        {
            target.Stories.Add(story);
            moved++;
        }

        Db.Tags.Remove(Tag);
        return await SaveAsync(AuditActions.TagMerged, $"tag {Tag.Slug}", $"merged into {target.Slug}; {moved} stories newly tagged {target.Name}", cancellationToken)
            ? Done($"“{Tag.Name}” merged into “{target.Name}”.", $"/newsroom/tags/{target.Id}")
            : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, withStories: true, cancellationToken))
        {
            return NotFound();
        }

        Db.Tags.Remove(Tag);
        return await SaveAsync(AuditActions.TagDeleted, $"tag {Tag.Slug}", $"{Tag.Name}; removed from {Stories} stories", cancellationToken)
            ? Done($"Tag “{Tag.Name}” deleted.", "/newsroom/tags")
            : Page();
    }

    private async Task<bool> LoadAsync(int id, bool withStories, CancellationToken cancellationToken)
    {
        IQueryable<Tag> tags = withStories ? Db.Tags.Include(t => t.Stories) : Db.Tags;
        var tag = await tags.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (tag is null)
        {
            return false;
        }

        Tag = tag;
        Stories = withStories ? tag.Stories.Count : await Db.Tags.Where(t => t.Id == id).Select(t => t.Stories.Count).FirstAsync(cancellationToken);
        ViewData["Title"] = $"Tag: {tag.Name}";
        return true;
    }
}
