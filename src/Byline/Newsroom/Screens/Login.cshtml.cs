using System.ComponentModel.DataAnnotations;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Newsroom.Screens;

// Sign-in with e-mail and password; one attempt per request, a few per minute per address
// (the rate limit), five wrong in a row per account (the lockout). Every outcome is audited.
[AllowAnonymous]
[EnableRateLimiting(NewsroomSetup.SignInLimit)]
public sealed class LoginModel(BylineDb db, UserManager<NewsroomUser> users, SignInManager<NewsroomUser> signIn, AuditLog audit, TimeProvider time) : PageModel
{
    // One answer for an unknown address, a wrong password, a disabled and a locked account, so that
    // the form tells no one which addresses have accounts (the audit log tells administrators which).
    public const string WrongCredentials = "That e-mail address and password do not match an account, or the account is locked for a while after too many failed attempts. Try again later, or reset your password.";

    // Checked against the typed password when the address has no account, so that an unknown
    // address takes as long to refuse as a known one.
    private static readonly Lazy<string> UnknownAccountHash = new(() => new PasswordHasher<NewsroomUser>().HashPassword(new NewsroomUser(), Guid.NewGuid().ToString()));

    [BindProperty, Required, EmailAddress]
    public string Email { get; set; } = "";

    [BindProperty, Required]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(cancellationToken))
        {
            return Redirect($"{NewsroomSetup.Path}/setup");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A new session on every sign-in (ASVS 7.2.4): nothing issued before it survives.
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new NewsroomUser(), UnknownAccountHash.Value, Password);
            await audit.RecordAsync(AuditActions.LoginFailed, $"user {Email.Trim()}", "no such account", actor: (null, null), cancellationToken: cancellationToken);
            return Refuse(WrongCredentials);
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        var subject = Invitations.Subject(user);
        var actor = (user.Id, user.Email);
        if (result.Succeeded)
        {
            user.LastLoginAt = time.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            await audit.RecordAsync(AuditActions.LoginSucceeded, subject, actor: actor, cancellationToken: cancellationToken);
            return LocalRedirect(SafeReturnUrl(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginCode", new { returnUrl = SafeReturnUrl(ReturnUrl) });
        }

        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditActions.LoginLockedOut, subject, actor: actor, cancellationToken: cancellationToken);
            return Refuse(WrongCredentials);
        }

        await audit.RecordAsync(result.IsNotAllowed ? AuditActions.LoginRefused : AuditActions.LoginFailed, subject,
            result.IsNotAllowed ? "account disabled" : "wrong password", actor: actor, cancellationToken: cancellationToken);
        return Refuse(WrongCredentials);
    }

    // Only a newsroom address on this site: never an absolute URL, "//host" or "/\host" (ASVS 3.7.2).
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(NewsroomSetup.Path, StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            && !url.Any(char.IsControl) && Uri.TryCreate(url, UriKind.Relative, out _)
            ? url
            : NewsroomSetup.Path;

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError("", message);
        Password = "";
        return Page();
    }
}
