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
    public const string SectionCreated = "section.created";
    public const string SectionChanged = "section.changed";
    public const string SectionDeleted = "section.deleted";
    public const string TagCreated = "tag.created";
    public const string TagChanged = "tag.changed";
    public const string TagMerged = "tag.merged";
    public const string TagDeleted = "tag.deleted";
    public const string AuthorCreated = "author.created";
    public const string AuthorChanged = "author.changed";
    public const string AuthorDeleted = "author.deleted";
    public const string AuthorLinked = "author.linked";
    public const string AuthorUnlinked = "author.unlinked";
    public const string EntityChanged = "entity.changed";
    public const string EntityConfirmed = "entity.confirmed";
    public const string EntityRejected = "entity.rejected";
    public const string EntityRestored = "entity.restored";
    public const string EntityMerged = "entity.merged";
    public const string EntitySplit = "entity.split";
    public const string EntityAuthorLinked = "entity.author-linked";
    public const string PageCreated = "page.created";
    public const string PageChanged = "page.changed";
    public const string PageDeleted = "page.deleted";
    public const string AdSlotCreated = "ad-slot.created";
    public const string AdSlotChanged = "ad-slot.changed";
    public const string AdSlotDeleted = "ad-slot.deleted";
    public const string SettingsChanged = "settings.changed";
}
