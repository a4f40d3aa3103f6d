using System.Security.Claims;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Screens;

namespace Byline.Newsroom.Stories;

public static class StoryUsers
{
    // The signed-in person as the story rules see them; their Author link is read fresh, so a
    // profile linked or unlinked by an administrator counts from the next request.
    public static async Task<StoryUser> CurrentAsync(ClaimsPrincipal principal, BylineDb db, CancellationToken ct)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var authorId = await db.Users.Where(u => u.Id == id).Select(u => u.AuthorId).FirstOrDefaultAsync(ct);
        var name = principal.FindFirstValue(NewsroomClaims.Name) is { Length: > 0 } display ? display : principal.Identity?.Name ?? "";
        return new StoryUser(id, name, NewsroomNav.RoleOf(principal), authorId);
    }

    // A story with everything the editor and the rules need, tracked for saving.
    public static IQueryable<Story> Editable(BylineDb db) =>
        db.Stories.Include(s => s.Section).Include(s => s.Tags).Include(s => s.Authors.OrderBy(a => a.Position)).ThenInclude(a => a.Author);
}
