using System.Globalization;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Stories;

// A story's revisions, newest first; the difference between any two (body by line and word,
// metadata by field); and restore, which saves an old revision as a new one, never rewriting history.
[Authorize(Policy = Roles.Contributor)]
public sealed class RevisionsModel(BylineDb db, StoryDesk desk, AuditLog audit) : PageModel
{
    public Story Story { get; private set; } = null!;
    public IReadOnlyList<StoryRevision> Revisions { get; private set; } = [];
    public StoryRevision? Before { get; private set; }
    public StoryRevision? After { get; private set; }
    public IReadOnlyList<StoryDiff.Line> BodyDiff { get; private set; } = [];
    public IReadOnlyList<StoryDiff.Field> FieldDiff { get; private set; } = [];
    public bool CanRestore { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(int id, int? a, int? b, CancellationToken ct)
    {
        var me = await StoryUsers.CurrentAsync(User, db, ct);
        var story = await StoryUsers.Editable(db).AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (story is null)
        {
            return NotFound();
        }

        if (!StoryAccess.CanView(me, story))
        {
            return Forbid();
        }

        Story = story;
        CanRestore = StoryAccess.CanEdit(me, story);
        Zone = await PublicationTime.ZoneAsync(db, ct);
        Revisions = await db.StoryRevisions.AsNoTracking().Where(r => r.StoryId == id).OrderByDescending(r => r.Id).ToListAsync(ct);

        // Without a choice, the latest revision against the one before it.
        Before = Revisions.FirstOrDefault(r => r.Id == a) ?? (a is null && b is null && Revisions.Count > 1 ? Revisions[1] : null);
        After = Revisions.FirstOrDefault(r => r.Id == b) ?? (a is null && b is null && Revisions.Count > 0 ? Revisions[0] : null);
        if (Before is not null && After is not null)
        {
            if (Before.Id > After.Id)
            {
                (Before, After) = (After, Before);
            }

            var before = StorySnapshot.FromJson(Before.Snapshot);
            var after = StorySnapshot.FromJson(After.Snapshot);
            BodyDiff = StoryDiff.Body(before.Body, after.Body);
            FieldDiff = StoryDiff.Fields(before, after);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int revision, CancellationToken ct)
    {
        var me = await StoryUsers.CurrentAsync(User, db, ct);
        var story = await StoryUsers.Editable(db).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (story is null)
        {
            return NotFound();
        }

        if (!StoryAccess.CanView(me, story) || !StoryAccess.CanEdit(me, story))
        {
            return Forbid();
        }

        var old = await db.StoryRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revision && r.StoryId == id, ct);
        if (old is null)
        {
            return NotFound();
        }

        var note = $"Restored from revision #{old.Id} ({old.UserName}, {PublicationTime.ToLocal(old.At, await PublicationTime.ZoneAsync(db, ct)).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)})";
        var result = await desk.SaveAsync(story, StorySnapshot.FromJson(old.Snapshot), story.Version, me, StoryAct.Save, null, note, RevisionKinds.Restored, ct);
        if (!result.Succeeded)
        {
            TempData["Notice"] = "Not restored: " + string.Join(" ", result.Errors);
            return Redirect($"/newsroom/stories/{id}/revisions");
        }

        await audit.RecordAsync(AuditActions.StoryRestored, $"story {id}: {story.Headline}", note, cancellationToken: ct);
        TempData["Notice"] = result.Outcome == SaveOutcome.Pending
            ? $"Revision #{old.Id} restored as unpublished changes: the live story stays as it is until they are published."
            : $"Revision #{old.Id} restored as a new revision.";
        return Redirect($"/newsroom/stories/{id}");
    }

    public string Local(DateTime utc) => PublicationTime.ToLocal(utc, Zone).ToString("d MMM yyyy, HH:mm:ss", CultureInfo.InvariantCulture);
}
