using System.ComponentModel.DataAnnotations;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Newsroom.Screens;

// The second step for accounts with two-factor on. Identity remembers who passed the password in a
// short-lived cookie of its own; wrong codes count towards the same lockout as wrong passwords.
[AllowAnonymous]
[EnableRateLimiting(NewsroomSetup.SignInLimit)]
public sealed class LoginCodeModel(SignInManager<NewsroomUser> signIn, AuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty, Required, StringLength(20)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect($"{NewsroomSetup.Path}/login") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Redirect($"{NewsroomSetup.Path}/login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Trim());
        var actor = (user.Id, user.Email);
        if (result.Succeeded)
        {
            user.LastLoginAt = time.GetUtcNow().UtcDateTime;
            await signIn.UserManager.UpdateAsync(user);
            await audit.RecordAsync(AuditActions.LoginSucceeded, Invitations.Subject(user), "with two-factor", actor: actor, cancellationToken: cancellationToken);
            return LocalRedirect(LoginModel.SafeReturnUrl(ReturnUrl));
        }

        await audit.RecordAsync(result.IsLockedOut ? AuditActions.LoginLockedOut : AuditActions.TwoFactorFailed, Invitations.Subject(user), actor: actor, cancellationToken: cancellationToken);
        ModelState.AddModelError("", result.IsLockedOut ? "Too many failed attempts: this account is locked for a while." : "That code is not right. Codes change every 30 seconds.");
        return Page();
    }
}
