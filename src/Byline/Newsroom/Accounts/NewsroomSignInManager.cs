using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Byline.Newsroom.Accounts;

// Identity's sign-in, with one more rule: a disabled account cannot sign in, whatever its password.
// (Open sessions of a disabled user end through SessionCheck; the security stamp changes too.)
public sealed class NewsroomSignInManager(
    UserManager<NewsroomUser> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<NewsroomUser> claims,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<NewsroomUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<NewsroomUser> confirmation)
    : SignInManager<NewsroomUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(NewsroomUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);
}
