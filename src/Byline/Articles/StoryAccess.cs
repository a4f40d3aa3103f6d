namespace Byline.Articles;

// Who is at the desk: their account, role and linked Author profile (their byline).
public sealed record StoryUser(string Id, string Name, string Role, int? AuthorId)
{
    public bool IsEditor => Role is "Editor" or "Administrator";

    public bool MayPublish => Role is not "Contributor";
}

// What each role may do to one story, checked by the server for every request. A story is someone's
// own when they started it or their Author profile is in its byline. Contributors write and submit
// their own drafts, and once submitted the story is locked for them until an editor sends it back;
// authors also publish, schedule and unpublish their own; editors and administrators do everything.
public static class StoryAccess
{
    public static bool Owns(StoryUser user, Story story) =>
        story.CreatedByUserId == user.Id || (user.AuthorId is int authorId && story.Authors.Any(a => a.AuthorId == authorId));

    public static bool CanView(StoryUser user, Story story) => user.IsEditor || user.MayPublish || Owns(user, story);

    public static bool CanEdit(StoryUser user, Story story) =>
        user.IsEditor || (Owns(user, story) && (user.MayPublish || story.Status == StoryStatus.Draft));

    public static bool CanSubmit(StoryUser user, Story story) =>
        story.Status is StoryStatus.Draft or StoryStatus.Unpublished && CanEdit(user, story);

    public static bool CanPublish(StoryUser user, Story story) => user.MayPublish && (user.IsEditor || Owns(user, story));

    public static bool CanSendBack(StoryUser user, Story story) => user.IsEditor && story.Status is StoryStatus.InReview or StoryStatus.Scheduled;

    public static bool CanDelete(StoryUser user, Story story) => CanEdit(user, story) && (story.Status != StoryStatus.Published || CanPublish(user, story));

    // Whether an action is allowed at all for this story in its current state.
    public static bool Allows(StoryUser user, Story story, StoryAct act) => act switch
    {
        StoryAct.Save or StoryAct.Autosave => CanEdit(user, story),
        StoryAct.Submit => CanSubmit(user, story),
        StoryAct.Publish => CanPublish(user, story) && story.Status != StoryStatus.Published,
        StoryAct.Schedule => CanPublish(user, story) && story.Status != StoryStatus.Published,
        StoryAct.Unpublish => CanPublish(user, story) && story.Status is StoryStatus.Published or StoryStatus.Scheduled,
        StoryAct.PublishChanges => CanPublish(user, story) && story.PendingRevisionId is not null,
        StoryAct.SendBack => CanSendBack(user, story),
        _ => false,
    };
}

public enum StoryAct
{
    Save,
    Autosave,
    Submit,
    Publish,
    Schedule,
    Unpublish,
    PublishChanges,
    SendBack,
}
