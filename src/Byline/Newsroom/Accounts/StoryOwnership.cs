using System.Security.Claims;

namespace Byline.Newsroom.Accounts;

// Whose story is it? An author's own stories are the ones they created in the newsroom and the
// ones whose byline carries the author profile linked to their account (NewsroomUser.AuthorId),
// the same rule as the story editor's StoryAccess.Owns. Editors and administrators may change any published story; authors only
// their own; contributors none. One rule, for the corrections desk and the story editor alike.
public static class StoryOwnership
{
    public static async Task<bool> IsOwnAsync(BylineDb db, string? userId, int storyId, CancellationToken cancellationToken)
    {
        if (userId is null)
        {
            return false;
        }

        // The same two ways as StoryAccess.Owns: they wrote it in the newsroom, or their profile is in the byline.
        var authorId = await db.Users.Where(u => u.Id == userId).Select(u => u.AuthorId).FirstOrDefaultAsync(cancellationToken);
        return await db.Stories.AnyAsync(
            s => s.Id == storyId && (s.CreatedByUserId == userId || (authorId != null && s.Authors.Any(a => a.AuthorId == authorId))), cancellationToken);
    }

    public static async Task<bool> MayChangePublishedAsync(BylineDb db, ClaimsPrincipal user, int storyId, CancellationToken cancellationToken) =>
        Roles.AtLeast(Roles.Editor).Any(user.IsInRole)
        || (user.IsInRole(Roles.Author) && await IsOwnAsync(db, user.FindFirstValue(ClaimTypes.NameIdentifier), storyId, cancellationToken));

    // The author profile behind the account, for lists of "your stories"; null for an account without one.
    public static Task<int?> AuthorIdAsync(BylineDb db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.Users.Where(u => u.Id == userId).Select(u => u.AuthorId).FirstOrDefaultAsync(cancellationToken);
    }
}
