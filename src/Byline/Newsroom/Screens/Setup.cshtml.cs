using System.ComponentModel.DataAnnotations;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Byline.Newsroom.Screens;

// The first-run page: while no account exists, whoever has the setup code that `serve` printed at
// start creates the owner. Once one exists the page is gone (404), checked on every request, and
// the database's one-owner index settles two forms sent at the same moment: the second fails and
// gets the 404 too.
[AllowAnonymous]
[EnableRateLimiting(NewsroomSetup.SignInLimit)]
public sealed class SetupModel(BylineDb db, UserManager<NewsroomUser> users, SignInManager<NewsroomUser> signIn, AuditLog audit, SetupCode issuedCodes, TimeProvider time) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Give the setup code that `byline serve` printed when it started."), StringLength(100)]
    public string SetupCode { get; set; } = "";

    [BindProperty, Required, StringLength(200)]
    public string Name { get; set; } = "";

    [BindProperty, Required, EmailAddress, StringLength(256)]
    public string Email { get; set; } = "";

    [BindProperty, Required, DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await db.Users.AnyAsync(cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await issuedCodes.AcceptsAsync(db, SetupCode, cancellationToken))
        {
            await audit.RecordAsync(AuditActions.SetupCodeRefused, "first-run setup", cancellationToken: cancellationToken);
            ModelState.AddModelError(nameof(SetupCode), "That is not the setup code. Use the one `byline serve` printed when it started (a restart prints a new one), or create the owner with `byline user add`.");
            return Page();
        }

        var owner = new NewsroomUser
        {
            UserName = Email.Trim(),
            Email = Email.Trim(),
            EmailConfirmed = true,
            DisplayName = Name.Trim(),
            IsOwner = true,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var created = await users.CreateAsync(owner, Password);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? nameof(Password) : "", error.Description);
                }

                return Page();
            }

            await users.AddToRoleAsync(owner, Roles.Administrator);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            // Someone else's first-run form got there first.
            return NotFound();
        }

        await audit.RecordAsync(AuditActions.OwnerCreated, Invitations.Subject(owner), actor: (owner.Id, owner.Email), cancellationToken: cancellationToken);
        await signIn.SignInAsync(owner, isPersistent: false);
        return Redirect(NewsroomSetup.Path);
    }
}
