namespace Byline.Articles;

// One saved state of a story, body and metadata together, as a JSON StorySnapshot, with who saved
// it and when. Revisions are only ever added (an autosave updates its own latest autosave), so
// restoring an old one adds a new revision and history is never rewritten.
public class StoryRevision
{
    public int Id { get; set; }
    public int StoryId { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }
    public required string Kind { get; set; }
    public required string Snapshot { get; set; }
    public string? Note { get; set; }
}

// What a revision records: how it came to be.
public static class RevisionKinds
{
    public const string Saved = "saved";
    public const string Autosaved = "autosaved";

    // An edit to a live story, waiting to be published (Story.PendingRevisionId points to it).
    public const string Pending = "pending";

    // A save refused because someone else saved first: kept so that nothing typed is lost.
    public const string Conflicted = "conflicted";
    public const string Restored = "restored";
    public const string SentBack = "sent-back";
    public const string Published = "published";

    public static string Describe(string kind) => kind switch
    {
        Saved => "Saved",
        Autosaved => "Autosaved",
        Pending => "Unpublished changes",
        Conflicted => "Refused (conflict)",
        Restored => "Restored",
        SentBack => "Sent back",
        Published => "Published",
        _ => kind,
    };
}
