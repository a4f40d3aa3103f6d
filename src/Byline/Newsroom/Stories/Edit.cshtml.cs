using System.Globalization;
using Byline.Content;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Stories;

// The story editor, for a new story (/newsroom/stories/new) and an existing one. Every handler
// checks, on the server, that this person may do this to this story in its current state; a plain
// form post saves without any script, and a refused or invalid save shows everything typed again.
[Authorize(Policy = Roles.Contributor)]
public sealed class EditModel(BylineDb db, StoryDesk desk, AuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty]
    public StoryForm Form { get; set; } = new();

    public StoryEditorView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var me = await StoryUsers.CurrentAsync(User, db, ct);
        if (id == "new")
        {
            Form = new StoryForm { AuthorIds = me.AuthorId is int authorId ? [authorId.ToString(CultureInfo.InvariantCulture)] : [] };
            View = await StoryEditorView.LoadAsync(db, me, null, Form, ct);
            return Page();
        }

        var story = await FindAsync(id, ct);
        if (story is null)
        {
            return NotFound();
        }

        if (!StoryAccess.CanView(me, story))
        {
            return Forbid();
        }

        var pending = story.PendingRevisionId is int pendingId ? await db.StoryRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == pendingId, ct) : null;
        Form = StoryForm.From(pending is null ? StorySnapshot.Of(story) : StorySnapshot.FromJson(pending.Snapshot), story.Version);
        View = await StoryEditorView.LoadAsync(db, me, story, Form, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? act, CancellationToken ct)
    {
        var step = act switch
        {
            null or "" or "save" => StoryAct.Save,
            "submit" => StoryAct.Submit,
            "publish" => StoryAct.Publish,
            "schedule" => StoryAct.Schedule,
            "unpublish" => StoryAct.Unpublish,
            "publish-changes" => StoryAct.PublishChanges,
            "send-back" => StoryAct.SendBack,
            _ => (StoryAct?)null,
        };
        if (step is not StoryAct chosen)
        {
            return BadRequest();
        }

        var (result, denied) = await SaveAsync(id, chosen, ct);
        if (denied is not null)
        {
            return denied;
        }

        if (!result!.Succeeded)
        {
            return await RedisplayAsync(id, result, ct);
        }

        TempData["Notice"] = Notice(chosen, result);
        return Redirect($"/newsroom/stories/{result.Story!.Id}");
    }

    // The script's autosave: the same checks and save as the form, answered in JSON.
    public async Task<IActionResult> OnPostAutosaveAsync(string id, CancellationToken ct)
    {
        var (result, denied) = await SaveAsync(id, StoryAct.Autosave, ct);
        if (denied is not null)
        {
            return denied;
        }

        if (!result!.Succeeded)
        {
            Response.StatusCode = result.Outcome == SaveOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return new JsonResult(new { errors = result.Errors, conflictRevision = result.Revision?.Id });
        }

        var zone = await PublicationTime.ZoneAsync(db, ct);
        var story = result.Story!;
        return new JsonResult(new
        {
            id = story.Id,
            version = story.Version,
            pending = result.Outcome == SaveOutcome.Pending,
            savedAt = PublicationTime.ToLocal(result.Revision!.At, zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            url = $"/newsroom/stories/{story.Id}",
        });
    }

    // The live preview: the body rendered by the same renderer and sanitizer as a save.
    public IActionResult OnPostPreview()
    {
        var html = BodyRenderer.Render(Form.Body ?? "", Form.Dateline);
        return new JsonResult(new
        {
            html,
            words = StoryEditorView.CountWords(html),
            minutes = BodyText.ReadingMinutes(html, !string.IsNullOrWhiteSpace(Form.ImageUrl)),
        });
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct)
    {
        var me = await StoryUsers.CurrentAsync(User, db, ct);
        var story = await FindAsync(id, ct);
        if (story is null)
        {
            return NotFound();
        }

        if (!StoryAccess.CanDelete(me, story))
        {
            return Forbid();
        }

        db.Stories.Remove(story);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(AuditActions.StoryDeleted, Subject(story), cancellationToken: ct);
        TempData["Notice"] = $"“{story.Headline}” is deleted.";
        return Redirect("/newsroom/stories");
    }

    private async Task<(SaveResult? Result, IActionResult? Denied)> SaveAsync(string id, StoryAct act, CancellationToken ct)
    {
        var me = await StoryUsers.CurrentAsync(User, db, ct);
        var story = id == "new" ? new Story { Headline = "", Slug = "", CreatedByUserId = me.Id } : await FindAsync(id, ct);
        if (story is null)
        {
            return (null, NotFound());
        }

        if (!StoryAccess.CanView(me, story) || !StoryAccess.Allows(me, story, act))
        {
            return (null, Forbid());
        }

        var now = time.GetUtcNow().UtcDateTime;
        var zone = await PublicationTime.ZoneAsync(db, ct);
        Action<Story>? transition = null;
        string? note = null;
        switch (act)
        {
            case StoryAct.Submit:
                transition = s => s.Status = StoryStatus.InReview;
                note = "Submitted for review";
                break;
            case StoryAct.Publish:
                transition = s =>
                {
                    s.PublishedAt = s.PublishedAt is { } at && at <= now ? at : now;
                    s.Status = StoryStatus.Published;
                };
                note = "Published";
                break;
            case StoryAct.Schedule when !Form.TryScheduleTime(zone, out var at) || at <= now:
                var typed = Form.ToSnapshot();
                return (new SaveResult(SaveOutcome.Invalid, story, null,
                    [$"Choose a publication time in the future, as a date and time in {zone.Id} (for example {PublicationTime.ToLocal(now.AddHours(1), zone):yyyy-MM-dd HH:mm})."], typed), null);
            case StoryAct.Schedule:
                Form.TryScheduleTime(zone, out var utc);
                transition = s =>
                {
                    s.PublishedAt = utc;
                    s.Status = StoryStatus.Scheduled;
                };
                note = $"Scheduled for {PublicationTime.ToLocal(utc, zone):yyyy-MM-dd HH:mm} {zone.Id}";
                break;
            case StoryAct.Unpublish:
                transition = s => s.Status = StoryStatus.Unpublished;
                note = "Unpublished";
                break;
            case StoryAct.SendBack:
                transition = s => s.Status = StoryStatus.Draft;
                note = string.IsNullOrWhiteSpace(Form.Note) ? "Sent back to draft" : $"Sent back to draft: {Form.Note.Trim()}";
                break;
            case StoryAct.PublishChanges:
                note = "Changes published";
                break;
        }

        var kind = act == StoryAct.SendBack ? RevisionKinds.SentBack : null;
        var result = await desk.SaveAsync(story, Form.ToSnapshot(), Form.Version, me, act, transition, note, kind, ct);
        await AuditAsync(act, id == "new", result, note, ct);
        return (result, null);
    }

    private async Task AuditAsync(StoryAct act, bool created, SaveResult result, string? note, CancellationToken ct)
    {
        if (result.Outcome == SaveOutcome.Conflict)
        {
            await audit.RecordAsync(AuditActions.StorySaveRefused, $"revision {result.Revision?.Id}", result.Errors.Count > 0 ? result.Errors[0] : null, cancellationToken: ct);
            return;
        }

        if (!result.Succeeded)
        {
            return;
        }

        var subject = Subject(result.Story!);
        if (created)
        {
            await audit.RecordAsync(AuditActions.StoryCreated, subject, cancellationToken: ct);
        }

        if ((created && act is StoryAct.Save) || act is StoryAct.Autosave)
        {
            return;
        }

        var action = act switch
        {
            StoryAct.Submit => AuditActions.StorySubmitted,
            StoryAct.Publish => AuditActions.StoryPublished,
            StoryAct.Schedule => AuditActions.StoryScheduled,
            StoryAct.Unpublish => AuditActions.StoryUnpublished,
            StoryAct.SendBack => AuditActions.StorySentBack,
            StoryAct.PublishChanges => AuditActions.StoryChangesPublished,
            _ => AuditActions.StorySaved,
        };
        await audit.RecordAsync(action, subject, result.Outcome == SaveOutcome.Pending ? "changes kept for publishing later" : note, cancellationToken: ct);
    }

    private async Task<IActionResult> RedisplayAsync(string id, SaveResult result, CancellationToken ct)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error);
        }

        var me = await StoryUsers.CurrentAsync(User, db, ct);
        db.ChangeTracker.Clear();
        var story = await FindAsync(id, ct);

        // After a conflict the form carries the current version, so saving again is a deliberate
        // choice made after seeing the message (and the comparison it links to).
        if (result.Outcome == SaveOutcome.Conflict && story is not null)
        {
            ModelState.Remove("Form.Version");
            Form.Version = story.Version;
        }

        View = await StoryEditorView.LoadAsync(db, me, story, Form, ct) with { ConflictRevisionId = result.Outcome == SaveOutcome.Conflict ? result.Revision?.Id : null };
        Response.StatusCode = result.Outcome == SaveOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private Task<Story?> FindAsync(string id, CancellationToken ct) =>
        int.TryParse(id, CultureInfo.InvariantCulture, out var number) ? StoryUsers.Editable(db).FirstOrDefaultAsync(s => s.Id == number, ct) : Task.FromResult<Story?>(null);

    private static string Subject(Story story) => $"story {story.Id}: {story.Headline}";

    private static string Notice(StoryAct act, SaveResult result) => (act, result.Outcome) switch
    {
        (_, SaveOutcome.Pending) => "Saved. The live story is unchanged until the changes are published.",
        (StoryAct.Submit, _) => "Submitted for review. An editor will take it from here.",
        (StoryAct.Publish, _) => "Published.",
        (StoryAct.Schedule, _) => $"Scheduled. {result.Revision?.Note}.",
        (StoryAct.Unpublish, _) => "Unpublished: readers no longer see it.",
        (StoryAct.SendBack, _) => "Sent back to draft.",
        (StoryAct.PublishChanges, _) => "Changes published.",
        _ => "Saved.",
    };
}
