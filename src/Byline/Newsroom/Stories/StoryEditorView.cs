using System.Globalization;
using System.Text.RegularExpressions;
using Byline.Content;

namespace Byline.Newsroom.Stories;

// What the editor page shows besides the form: the story's state, what this person may do with it,
// the choices for the byline and section, and the counts and preview worked out on the server.
public sealed partial record StoryEditorView
{
    public required StoryUser Me { get; init; }
    public Story? Story { get; init; }
    public required TimeZoneInfo Zone { get; init; }
    public IReadOnlyList<(int Id, string Name)> Authors { get; init; } = [];
    public IReadOnlyList<(int Id, string Name)> Sections { get; init; } = [];
    public string? LockedReason { get; init; }
    public StoryRevision? Pending { get; init; }
    public StoryRevision? LastSave { get; init; }
    public StoryRevision? SentBack { get; init; }
    public int? ConflictRevisionId { get; init; }
    public string PreviewHtml { get; init; } = "";
    public int Words { get; init; }
    public int Minutes { get; init; }
    public StoryInsight? Insight { get; init; }

    public bool IsNew => Story is null;
    public bool CanEdit => LockedReason is null;
    public bool Can(StoryAct act) => Story is null ? act is StoryAct.Save or StoryAct.Submit || (Me.MayPublish && act is StoryAct.Publish or StoryAct.Schedule) : CanEdit && StoryAccess.Allows(Me, Story, act);
    public bool CanDelete => Story is not null && StoryAccess.CanDelete(Me, Story);
    public bool Autosaves => CanEdit && (Story is null || Story.Status is StoryStatus.Draft or StoryStatus.Published);
    public string Status => Story?.Status switch
    {
        null => "New",
        StoryStatus.InReview => "In review",
        var status => status.ToString()!,
    };

    public string Local(DateTime utc) => PublicationTime.ToLocal(utc, Zone).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    public string LiveUrl => Story is null ? "" : Site.Urls.Story(Story.Section?.Slug, Story.Slug);

    // A slot for each author already in the byline and two more, so adding one needs no script.
    public int AuthorSlots(StoryForm form) => Math.Max(form.AuthorIds.Count(a => !string.IsNullOrEmpty(a)) + 1, 3);

    public static async Task<StoryEditorView> LoadAsync(BylineDb db, StoryUser me, Story? story, StoryForm form, CancellationToken ct)
    {
        var html = BodyRenderer.Render(form.Body ?? "", form.Dateline);
        var revisions = story is null ? [] : await db.StoryRevisions.AsNoTracking().Where(r => r.StoryId == story.Id)
            .OrderByDescending(r => r.Id).Take(50).ToListAsync(ct);
        return new StoryEditorView
        {
            Me = me,
            Story = story,
            Zone = await PublicationTime.ZoneAsync(db, ct),
            Authors = [.. (await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name))],
            Sections = [.. (await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name))],
            LockedReason = Locked(me, story),
            Pending = story?.PendingRevisionId is int pendingId ? revisions.Find(r => r.Id == pendingId) ?? await db.StoryRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == pendingId, ct) : null,
            LastSave = revisions.Find(r => r.Kind != RevisionKinds.Conflicted),
            SentBack = story?.Status == StoryStatus.Draft ? revisions.Find(r => r.Kind == RevisionKinds.SentBack) : null,
            PreviewHtml = html,
            Words = CountWords(html),
            Minutes = BodyText.ReadingMinutes(html, !string.IsNullOrWhiteSpace(form.ImageUrl)),
            Insight = story is null ? null : await StoryInsight.LoadAsync(db, story.Id, form.Tags, ct),
        };
    }

    public static int CountWords(string html) => Word().Count(BodyText.PlainText(html));

    private static string? Locked(StoryUser me, Story? story) => story is null || StoryAccess.CanEdit(me, story) ? null
        : story.Status == StoryStatus.InReview && StoryAccess.Owns(me, story) ? "This story is with the editors for review. It is locked until an editor sends it back to you."
        : StoryAccess.Owns(me, story) ? "Only an editor can change this story now."
        : "This is someone else's story: you can read it but not change it.";

    [GeneratedRegex(@"\w[\w'’-]*")]
    private static partial Regex Word();
}
