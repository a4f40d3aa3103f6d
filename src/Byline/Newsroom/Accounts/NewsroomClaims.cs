using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Byline.Newsroom.Accounts;

// Identity's claims (id, e-mail, role, security stamp) plus the display name the shell shows.
public sealed class NewsroomClaims(UserManager<NewsroomUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<NewsroomUser, IdentityRole>(users, roles, options)
{
    public const string Name = "byline:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(NewsroomUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Name, user.DisplayName));
        return identity;
    }
}
