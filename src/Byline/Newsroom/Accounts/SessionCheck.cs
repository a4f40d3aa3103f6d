using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Byline.Newsroom.Accounts;

// Runs on every newsroom request that carries a session cookie (ASVS 7.4.2): the session ends the
// moment its user is disabled, deleted or has their security stamp changed (a new password, two-factor
// turned on or off). A changed role takes effect on the next request, with a renewed cookie.
// One small query per request: the newsroom is a few people, not the readership.
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var id = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var db = services.GetRequiredService<BylineDb>();
        var current = id is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new
            {
                u.SecurityStamp,
                u.DisabledAt,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);

        if (current is null || current.DisabledAt is not null || current.SecurityStamp != context.Principal!.FindFirstValue(stampClaim))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (current.Role is null || !context.Principal!.IsInRole(current.Role))
        {
            var signIn = services.GetRequiredService<SignInManager<NewsroomUser>>();
            var user = await signIn.UserManager.FindByIdAsync(id!);
            context.ReplacePrincipal(await signIn.CreateUserPrincipalAsync(user!));
            context.ShouldRenew = true;
        }
    }
}
