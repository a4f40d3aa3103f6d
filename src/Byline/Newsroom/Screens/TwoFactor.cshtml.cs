using System.Text;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Screens;

// TOTP two-factor with Identity's authenticator support. Starting the set-up and turning it off
// both ask for the password (ASVS 7.5.1); turning it on needs a code from the new key, which proves
// the app has it. Both change the security stamp, so the account's other sessions end.
public sealed class TwoFactorModel(UserManager<NewsroomUser> users, SignInManager<NewsroomUser> signIn, AuditLog audit) : PageModel
{
    public bool Enabled { get; private set; }
    public string? SharedKey { get; private set; }
    public string? AuthenticatorUri { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        return Page();
    }

    public async Task<IActionResult> OnPostBeginAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!await users.CheckPasswordAsync(user, CurrentPassword ?? ""))
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Your password is not right.");
            return Page();
        }

        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null || user.TwoFactorEnabled || await users.GetAuthenticatorKeyAsync(user) is null)
        {
            return RedirectToPage();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "That code is not right. Check the key in your app and try the newest code.");
            await ShowKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditActions.TwoFactorEnabled, Invitations.Subject(user), cancellationToken: cancellationToken);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null || !user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!await users.CheckPasswordAsync(user, CurrentPassword ?? ""))
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Your password is not right.");
            Enabled = true;
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditActions.TwoFactorDisabled, Invitations.Subject(user), cancellationToken: cancellationToken);
        TempData["Notice"] = "Two-factor sign-in is off.";
        return RedirectToPage("Account");
    }

    private async Task ShowKeyAsync(NewsroomUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        SharedKey = grouped.ToString().TrimEnd().ToLowerInvariant();
        AuthenticatorUri = $"otpauth://totp/Byline:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer=Byline&digits=6";
    }
}
