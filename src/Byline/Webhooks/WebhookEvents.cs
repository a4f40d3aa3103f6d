namespace Byline.Webhooks;

// Ghost's event names, so subscribers written for Ghost understand Byline's deliveries.
public static class WebhookEvents
{
    public const string Published = "post.published";
    public const string Updated = "post.published.edited";
    public const string Unpublished = "post.unpublished";
    public const string Deleted = "post.deleted";

    public static readonly IReadOnlyDictionary<string, string> ByShortName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["published"] = Published,
        ["updated"] = Updated,
        ["unpublished"] = Unpublished,
        ["deleted"] = Deleted,
    };

    public static bool IsKnown(string name) => ByShortName.Values.Contains(name);

    // What a save did to a story, from a reader's point of view: only live stories matter.
    public static string? For(bool wasLive, bool isLive, bool deleted) => (wasLive, isLive, deleted) switch
    {
        (_, _, true) => Deleted,
        (false, true, _) => Published,
        (true, true, _) => Updated,
        (true, false, _) => Unpublished,
        _ => null,
    };
}
