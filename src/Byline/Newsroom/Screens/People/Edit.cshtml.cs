using System.Globalization;
using Byline.Intelligence;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Byline.Site;
using Byline.Text.Analysis;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.People;

// One person, organisation or place: what the stories call it and where, and the editor's tools:
// rename (the old name and address keep leading here), confirm, reject or restore, link a person
// to the author profile they write under, merge into another entry, split off the names or the
// stories that belong to someone else. Every change goes through EntityEditing, whose keys the
// analysis reads, so it holds when the stories are analysed again.
[Authorize(Policy = Roles.Editor)]
public sealed class PersonModel(BylineDb db, AuditLog audit, TimeProvider time) : DeskPage(db, audit)
{
    public const int StoriesShown = 100;
    public const int QuotesShown = 20;

    public sealed record StoryRow(int Id, string Headline, string Status, int Mentions, string Forms, int Quotes);
    public sealed record QuoteRow(int StoryId, string Headline, string Text, string? Mention);
    public sealed record FormRow(string Key, string Shown);

    public NamedEntity Entity { get; private set; } = null!;
    public int StoryCount { get; private set; }
    public int QuoteCount { get; private set; }
    public IReadOnlyList<StoryRow> Stories { get; private set; } = [];
    public IReadOnlyList<QuoteRow> Quotes { get; private set; } = [];
    public IReadOnlyList<FormRow> Forms { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Authors { get; private set; } = [];
    public IReadOnlyList<string> OldAddresses { get; private set; } = [];
    public bool HasPage { get; private set; }
    public string Label => InsightReads.Label(Entity.Kind);
    public string PublicUrl => Urls.Entity(Entity.Kind, Entity.Slug);

    [BindProperty]
    public EntityForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = EntityForm.From(Entity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var name = Required(Form.Name, "Form.Name", "Give a name.");
        var slug = name is null ? null : Slug(Form.Slug, name, InsightReads.Kind(Entity.Kind), "Form.Slug");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = $"{Entity.Name} ({PublicUrl})";
        return await ApplyAsync(editing => editing.RenameAsync(Entity, name!, slug!, FormText.Clean(Form.Description), ct),
            AuditActions.EntityChanged, $"was {before}", $"“{name}” saved.", ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct)
            ? await ApplyAsync(editing => { editing.Confirm(Entity); return Task.CompletedTask; }, AuditActions.EntityConfirmed, null, $"“{Entity.Name}” is confirmed.", ct)
            : NotFound();

    public async Task<IActionResult> OnPostRejectAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct)
            ? await ApplyAsync(editing => { editing.Reject(Entity); return Task.CompletedTask; }, AuditActions.EntityRejected, $"named in {StoryCount} stories",
                $"“{Entity.Name}” is rejected: it no longer shows on any page, and later analysis will not bring it back.", ct)
            : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct)
            ? await ApplyAsync(editing => { editing.Restore(Entity); return Task.CompletedTask; }, AuditActions.EntityRestored, null, $"“{Entity.Name}” is restored.", ct)
            : NotFound();

    public async Task<IActionResult> OnPostAuthorAsync(int id, string? author, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        int? authorId = int.TryParse(author, CultureInfo.InvariantCulture, out var number) ? number : null;
        var name = authorId is null ? null : Authors.FirstOrDefault(a => a.Id == authorId).Name;
        return await ApplyAsync(editing => editing.LinkAuthorAsync(Entity, authorId, ct), AuditActions.EntityAuthorLinked, name is null ? "no author profile" : $"writes as {name}",
            name is null ? $"“{Entity.Name}” is no longer linked to an author profile." : $"“{Entity.Name}” is linked to the author profile of {name}.", ct);
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, string? into, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var target = await FindAsync(Entity.Kind, FormText.Clean(into), ct);
        if (target is null)
        {
            ModelState.AddModelError("", FormText.Clean(into) is null ? "Give the name or address of the entry to merge this one into." : $"There is no {Label.ToLowerInvariant()} called or at “{FormText.Clean(into)}”.");
            return Page();
        }

        var from = $"{Entity.Name} ({PublicUrl})";
        return await ApplyAsync(editing => editing.MergeAsync(Entity, target, ct), AuditActions.EntityMerged, $"{from} merged into {target.Name}",
            $"“{Entity.Name}” is merged into “{target.Name}”.", ct, () => $"/newsroom/people/{target.Id}", $"{InsightReads.Kind(target.Kind)} {target.Slug}");
    }

    public async Task<IActionResult> OnPostSplitAsync(int id, string? name, List<string>? forms, List<string>? stories, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var clean = FormText.Clean(name);
        if (EntityEditing.Problem(clean) is { } problem)
        {
            ModelState.AddModelError("", problem);
            return Page();
        }

        var storyIds = (stories ?? []).Select(s => int.TryParse(s, CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0).ToList();
        NamedEntity? split = null;
        return await ApplyAsync(async editing => split = await editing.SplitAsync(Entity, clean!, forms ?? [], storyIds, ct), AuditActions.EntitySplit,
            $"“{clean}” split off with {(forms ?? []).Count} names and {storyIds.Count} stories", $"“{clean}” is split off from “{Entity.Name}”.", ct, () => $"/newsroom/people/{split!.Id}");
    }

    // Runs one editor's change and saves it; a refusal is shown on the form and changes nothing.
    private async Task<IActionResult> ApplyAsync(Func<EntityEditing, Task> change, string action, string? detail, string notice, CancellationToken ct, Func<string>? next = null, string? subject = null)
    {
        var editing = new EntityEditing(Db, time.GetUtcNow().UtcDateTime);
        try
        {
            await change(editing);
        }
        catch (EntityEditing.RefusedException refused)
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("", refused.Message);
            await LoadAsync(Entity.Id, ct);
            return Page();
        }

        if (!await SaveAsync(action, subject ?? $"{InsightReads.Kind(Entity.Kind)} {Entity.Slug}", detail, ct))
        {
            await LoadAsync(Entity.Id, ct);
            return Page();
        }

        return Done(notice, next?.Invoke() ?? $"/newsroom/people/{Entity.Id}");
    }

    // Another entry of the kind by its address ("/people/gordon-brown" or "gordon-brown") or name.
    private async Task<NamedEntity?> FindAsync(EntityKind kind, string? typed, CancellationToken ct)
    {
        if (typed is null || typed.Length > 300)
        {
            return null;
        }

        var slug = typed.Trim('/').ToLowerInvariant();
        var folder = Urls.EntityFolder(kind) + "/";
        slug = slug.StartsWith(folder, StringComparison.Ordinal) ? slug[folder.Length..] : slug;
        var key = EntityKeys.Of(typed);
        return await Db.Entities.FirstOrDefaultAsync(e => e.Kind == kind && e.Slug == slug, ct)
            ?? await Db.Set<EntityKey>().Where(k => k.Kind == kind && k.Key == key).Select(k => k.Entity).FirstOrDefaultAsync(ct);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var entity = await Db.Entities.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entity is null)
        {
            return false;
        }

        Entity = entity;
        ViewData["Title"] = $"{Label}: {entity.Name}";
        var now = time.GetUtcNow().UtcDateTime;
        var links = Db.StoryEntities.AsNoTracking().Where(l => l.EntityId == id);
        StoryCount = await links.CountAsync(ct);
        QuoteCount = await Db.StoryQuotes.CountAsync(q => q.SpeakerId == id && !q.IsFragment, ct);
        HasPage = entity.Review != EntityReview.Rejected && await Db.Stories.AsNoTracking().Live(now).AnyAsync(s => links.Any(l => l.StoryId == s.Id), ct);
        Stories = await links.OrderByDescending(l => l.StoryId).Take(StoriesShown)
            .Join(Db.Stories.AsNoTracking(), l => l.StoryId, s => s.Id, (l, s) => new { s.Id, s.Headline, s.Status, l.Mentions, l.Forms })
            .Select(s => new StoryRow(s.Id, s.Headline, s.Status.ToString(), s.Mentions, s.Forms, Db.StoryQuotes.Count(q => q.StoryId == s.Id && q.SpeakerId == id && !q.IsFragment)))
            .ToListAsync(ct);
        Quotes = await Db.StoryQuotes.AsNoTracking().Where(q => q.SpeakerId == id && !q.IsFragment && !q.Continues)
            .OrderByDescending(q => q.StoryId).ThenBy(q => q.Position).Take(QuotesShown)
            .Join(Db.Stories.AsNoTracking(), q => q.StoryId, s => s.Id, (q, s) => new QuoteRow(s.Id, s.Headline, q.Text, q.Mention))
            .ToListAsync(ct);
        var keys = await Db.Set<EntityKey>().AsNoTracking().Where(k => k.EntityId == id).Select(k => k.Key).ToListAsync(ct);
        var shown = Stories.SelectMany(s => s.Forms.Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Append(entity.Name).GroupBy(EntityKeys.Of).ToDictionary(g => g.Key, g => g.First());
        Forms = [.. keys.Where(EntityKeys.IsName).Order(StringComparer.Ordinal).Select(k => new FormRow(k, shown.GetValueOrDefault(k) ?? k))];
        OldAddresses = [.. keys.Where(k => k.StartsWith("slug:", StringComparison.Ordinal)).Select(k => Urls.Entity(entity.Kind, k["slug:".Length..]))];
        Authors = entity.Kind == EntityKind.Person
            ? [.. (await Db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name))]
            : [];
        return true;
    }
}

public sealed class EntityForm
{
    [System.ComponentModel.DataAnnotations.StringLength(NamedEntity.MaxNameLength, ErrorMessage = "The name is too long: at most 200 characters.")]
    public string? Name { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(200, ErrorMessage = "The address is too long: at most 200 characters.")]
    public string? Slug { get; set; }

    [System.ComponentModel.DataAnnotations.StringLength(300, ErrorMessage = "The description is too long: at most 300 characters.")]
    public string? Description { get; set; }

    public static EntityForm From(NamedEntity entity) => new() { Name = entity.Name, Slug = entity.Slug, Description = entity.Description };
}
