namespace Byline.Articles;

public enum SaveOutcome
{
    Saved,
    Pending,
    Conflict,
    Invalid,
}

public sealed record SaveResult(SaveOutcome Outcome, Story? Story, StoryRevision? Revision, IReadOnlyList<string> Errors, StorySnapshot Typed)
{
    public bool Succeeded => Outcome is SaveOutcome.Saved or SaveOutcome.Pending;
}

// Saves what the editor sent: checks it, applies it (or, for a live story, keeps it as pending
// changes), moves the story along the workflow, and records a revision, all in one transaction.
// The story's Version, sent back by the form, makes a save that started from an older version fail
// in the database; the refused text is then kept as a "conflicted" revision, so nothing is lost.
public sealed class StoryDesk(BylineDb db, StoryEdits edits, TimeProvider time)
{
    public async Task<SaveResult> SaveAsync(Story story, StorySnapshot typed, int version, StoryUser user, StoryAct act,
        Action<Story>? transition, string? note, string? kind, CancellationToken ct)
    {
        var isNew = story.Id == 0;
        if (!isNew && story.Version != version)
        {
            return await ConflictAsync(story.Id, typed, user, ct);
        }

        var (clean, errors) = await edits.CheckAsync(typed, story.Id, ct);
        if (errors.Count > 0)
        {
            return new SaveResult(SaveOutcome.Invalid, story, null, errors, typed);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var live = story.Status == StoryStatus.Published && act is StoryAct.Save or StoryAct.Autosave;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (live)
            {
                var pending = await RecordAsync(story.Id, clean with { Status = story.Status, PublishedAt = story.PublishedAt }, user,
                    RevisionKinds.Pending, note, act == StoryAct.Autosave ? story.PendingRevisionId : null, ct);

                // Only the pointer and the version change: the live story, its cache, feeds and
                // webhooks stay as they are until the changes are published.
                var claimed = await db.Stories.Where(s => s.Id == story.Id && s.Version == version)
                    .ExecuteUpdateAsync(u => u.SetProperty(s => s.PendingRevisionId, pending.Id).SetProperty(s => s.Version, version + 1), ct);
                if (claimed == 0)
                {
                    throw new DbUpdateConcurrencyException("The story changed while it was being saved.");
                }

                await transaction.CommitAsync(ct);
                story.PendingRevisionId = pending.Id;
                story.Version = version + 1;
                db.Entry(story).State = EntityState.Unchanged;
                return new SaveResult(SaveOutcome.Pending, story, pending, [], typed);
            }

            await edits.ApplyAsync(story, clean, ct);
            transition?.Invoke(story);
            story.PendingRevisionId = null;
            story.UpdatedAt = now;
            story.Version = version + 1;
            if (isNew)
            {
                story.CreatedAt = now;
                story.CreatedByUserId = user.Id;
                db.Stories.Add(story);
            }

            await db.SaveChangesAsync(ct);
            var autosaveToUpdate = act == StoryAct.Autosave ? await LatestAutosaveAsync(story.Id, user, ct) : null;
            var revision = await RecordAsync(story.Id, StorySnapshot.Of(story), user,
                kind ?? (act == StoryAct.Autosave ? RevisionKinds.Autosaved : act == StoryAct.PublishChanges ? RevisionKinds.Published : RevisionKinds.Saved),
                note, autosaveToUpdate, ct);
            await transaction.CommitAsync(ct);
            return new SaveResult(SaveOutcome.Saved, story, revision, [], typed);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return await ConflictAsync(story.Id, typed, user, ct);
        }
    }

    // Who saved last and when, for the message a refused save shows.
    public Task<StoryRevision?> LastSaveAsync(int storyId, CancellationToken ct) =>
        db.StoryRevisions.AsNoTracking().Where(r => r.StoryId == storyId && r.Kind != RevisionKinds.Conflicted)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct);

    public async Task<StoryRevision> RecordAsync(int storyId, StorySnapshot snapshot, StoryUser user, string kind, string? note, int? replacing, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var revision = replacing is int id ? await db.StoryRevisions.FirstOrDefaultAsync(r => r.Id == id && r.StoryId == storyId, ct) : null;
        if (revision is null)
        {
            revision = new StoryRevision { StoryId = storyId, Kind = kind, Snapshot = "" };
            db.StoryRevisions.Add(revision);
        }

        revision.At = now;
        revision.UserId = user.Id;
        revision.UserName = user.Name;
        revision.Kind = kind;
        revision.Snapshot = snapshot.ToJson();
        revision.Note = note is { Length: > 2000 } ? note[..2000] : note;
        await db.SaveChangesAsync(ct);
        return revision;
    }

    // Autosaves every few seconds would make hundreds of revisions: one person's run of autosaves
    // updates a single revision until something else is saved.
    private async Task<int?> LatestAutosaveAsync(int storyId, StoryUser user, CancellationToken ct)
    {
        var latest = await db.StoryRevisions.Where(r => r.StoryId == storyId).OrderByDescending(r => r.Id)
            .Select(r => new { r.Id, r.Kind, r.UserId }).FirstOrDefaultAsync(ct);
        return latest is { Kind: RevisionKinds.Autosaved } && latest.UserId == user.Id ? latest.Id : null;
    }

    private async Task<SaveResult> ConflictAsync(int storyId, StorySnapshot typed, StoryUser user, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var kept = await RecordAsync(storyId, typed, user, RevisionKinds.Conflicted, "Refused: the story had been saved by someone else in the meantime.", null, ct);
        var last = await LastSaveAsync(storyId, ct);
        var zone = await PublicationTime.ZoneAsync(db, ct);
        var who = last?.UserId == user.Id ? "You (in another window)" : last?.UserName ?? "Someone";
        var when = last is null ? "" : $" at {PublicationTime.ToLocal(last.At, zone):HH:mm}";
        var message = $"{who} saved this story{when} while you were editing. Your version was not saved over theirs: it is kept as revision #{kept.Id} and is still in the form below. Compare the two, merge what you need, and save again.";
        return new SaveResult(SaveOutcome.Conflict, null, kept, [message], typed);
    }
}
