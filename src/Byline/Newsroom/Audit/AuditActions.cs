namespace Byline.Newsroom.Audit;

// What the audit log records, as stable dotted names (they are stored and filtered on). Later
// newsroom work adds its own here: story.saved, story.published, correction.added...
public static class AuditActions
{
    public const string OwnerCreated = "owner.created";
    public const string LoginSucceeded = "login.succeeded";
    public const string LoginFailed = "login.failed";
    public const string LoginLockedOut = "login.locked-out";
    public const string LoginRefused = "login.refused";
    public const string Logout = "logout";
    public const string TwoFactorEnabled = "two-factor.enabled";
    public const string TwoFactorDisabled = "two-factor.disabled";
    public const string TwoFactorFailed = "two-factor.failed";
    public const string PasswordSet = "password.set";
    public const string PasswordChanged = "password.changed";
    public const string PasswordResetRequested = "password.reset-requested";
    public const string EmailChanged = "email.changed";
    public const string UserInvited = "user.invited";
    public const string UserRoleChanged = "user.role-changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string AccessDenied = "access.denied";
    public const string CorrectionAdded = "correction.added";
    public const string StorySlugChanged = "story.slug-changed";
    public const string PageSlugChanged = "page.slug-changed";
    public const string StoryCreated = "story.created";
    public const string StorySaved = "story.saved";
    public const string StorySaveRefused = "story.save-refused";
    public const string StorySubmitted = "story.submitted";
    public const string StorySentBack = "story.sent-back";
    public const string StoryScheduled = "story.scheduled";
    public const string StoryPublished = "story.published";
    public const string StoryUnpublished = "story.unpublished";
    public const string StoryChangesPublished = "story.changes-published";
    public const string StoryRestored = "story.restored";
    public const string StoryDeleted = "story.deleted";
    public const string MediaUploaded = "media.uploaded";
    public const string MediaEdited = "media.edited";
    public const string MediaDeleted = "media.deleted";
    public const string MediaRefused = "media.refused";
}
