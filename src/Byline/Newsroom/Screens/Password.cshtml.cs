using System.ComponentModel.DataAnnotations;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Newsroom.Screens;

// Where invitation and reset links land. Opening the link changes nothing; the POST checks the
// token again and sets the password, which changes the security stamp and so spends the link
// (and ends any session the account had). A successful reset also lifts a lockout.
[AllowAnonymous]
[EnableRateLimiting(NewsroomSetup.SignInLimit)]
public sealed class PasswordModel(UserManager<NewsroomUser> users, AccountLinks links, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "purpose")]
    public string Purpose { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "user")]
    public string UserId { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "token")]
    public string Token { get; set; } = "";

    [BindProperty, DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    public bool LinkWorks { get; private set; }
    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        await CheckLinkAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await CheckLinkAsync();
        if (user is null)
        {
            return Page();
        }

        var result = Purpose == AccountLinks.Invite
            ? await users.AddPasswordAsync(user, NewPassword ?? "")
            : await users.ResetPasswordAsync(user, Token, NewPassword ?? "");
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(NewPassword), error.Description);
            }

            return Page();
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await audit.RecordAsync(AuditActions.PasswordSet, Invitations.Subject(user), Purpose == AccountLinks.Invite ? "from an invitation" : "from a reset link", actor: (user.Id, user.Email), cancellationToken: cancellationToken);
        TempData["Notice"] = "Your password is set. Sign in with it.";
        return Redirect($"{NewsroomSetup.Path}/login");
    }

    private async Task<NewsroomUser?> CheckLinkAsync()
    {
        var user = UserId.Length is > 0 and < 450 ? await users.FindByIdAsync(UserId) : null;
        LinkWorks = user is { IsDisabled: false }
            && !(Purpose == AccountLinks.Invite && await users.HasPasswordAsync(user))
            && await links.IsValidAsync(user, Purpose, Token);
        Email = LinkWorks ? user!.Email ?? "" : "";
        return LinkWorks ? user : null;
    }
}
