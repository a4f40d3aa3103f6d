using System.ComponentModel.DataAnnotations;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Newsroom.Screens;

// Asks for a reset link by e-mail. The answer is the same whether or not the address has an
// account, so the form cannot be used to find out who works here.
[AllowAnonymous]
[EnableRateLimiting(NewsroomSetup.SignInLimit)]
public sealed class ForgotModel(UserManager<NewsroomUser> users, AccountLinks links, Mailer mailer, Invitations invitations, AuditLog audit) : PageModel
{
    [BindProperty, Required, EmailAddress]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { IsDisabled: false })
        {
            var link = await links.ResetAsync(user, cancellationToken);
            await mailer.TrySendAsync(AccountMail.PasswordReset(user, link, await invitations.PublicationNameAsync(cancellationToken)), cancellationToken);
            await audit.RecordAsync(AuditActions.PasswordResetRequested, Invitations.Subject(user), mailer.IsConfigured ? null : "mail is not set up: nothing sent", actor: (null, null), cancellationToken: cancellationToken);
        }

        Sent = true;
        return Page();
    }
}
