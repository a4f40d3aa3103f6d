using System.Security.Claims;
using Byline.Newsroom.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Screens;

public sealed class IndexModel(BylineDb db) : PageModel
{
    public string Name { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string Publication { get; private set; } = "";
    public int UserCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Name = User.FindFirstValue(NewsroomClaims.Name) ?? "";
        Role = NewsroomNav.RoleOf(User);
        Publication = await db.Publication.OrderBy(p => p.Id).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? "Byline";
        UserCount = await db.Users.CountAsync(cancellationToken);
    }
}
