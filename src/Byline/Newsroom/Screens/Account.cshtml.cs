using System.ComponentModel.DataAnnotations;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Screens;

// A person's own account. Changing the password or the e-mail address asks for the current
// password first (ASVS 7.5.1): a session left open on someone else's screen is not enough.
// Either change ends the account's other sessions; this one is renewed.
public sealed class AccountModel(UserManager<NewsroomUser> users, SignInManager<NewsroomUser> signIn, AuditLog audit) : PageModel
{
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public bool TwoFactor { get; private set; }

    [BindProperty, DataType(DataType.Password)]
    public string CurrentPassword { get; set; } = "";

    [BindProperty, DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [BindProperty, EmailAddress, StringLength(256)]
    public string? NewEmail { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, CurrentPassword ?? "", NewPassword ?? "");
        if (!result.Succeeded)
        {
            return Errors(result);
        }

        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditActions.PasswordChanged, Invitations.Subject(user), cancellationToken: cancellationToken);
        TempData["Notice"] = "Your password is changed. Other sessions of your account are signed out.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEmailAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }

        if (!ModelState.IsValid || string.IsNullOrWhiteSpace(NewEmail))
        {
            ModelState.AddModelError(nameof(NewEmail), "Give the new e-mail address.");
            return Page();
        }

        if (!await users.CheckPasswordAsync(user, CurrentPassword ?? ""))
        {
            ModelState.AddModelError(nameof(CurrentPassword), "Your current password is not right.");
            return Page();
        }

        var before = user.Email;
        var result = await users.SetEmailAsync(user, NewEmail.Trim());
        result = result.Succeeded ? await users.SetUserNameAsync(user, NewEmail.Trim()) : result;
        if (!result.Succeeded)
        {
            return Errors(result);
        }

        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditActions.EmailChanged, Invitations.Subject(user), $"from {before}", cancellationToken: cancellationToken);
        TempData["Notice"] = $"Your e-mail address is now {user.Email}.";
        return RedirectToPage();
    }

    private PageResult Errors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Code == "PasswordMismatch" ? "Your current password is not right." : error.Description);
        }

        return Page();
    }

    private async Task<NewsroomUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is not null)
        {
            Name = user.DisplayName;
            Email = user.Email ?? "";
            TwoFactor = user.TwoFactorEnabled;
        }

        return user;
    }
}
