using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Screens;

// Administrators only, for every handler (the policy is on the page, so a POST by URL is refused
// like the GET): list people, invite, change a role, disable and enable. The owner and the
// administrator's own account are not changed here, so no one can lock the newsroom out of itself.
[Authorize(Policy = Roles.Administrator)]
public sealed class UsersModel(BylineDb db, UserManager<NewsroomUser> users, Invitations invitations, AuditLog audit, TimeProvider time) : PageModel
{
    public sealed record Person(string Id, string Name, string Email, string Role, string State, DateTime? LastLoginAt, bool IsOwner, bool IsMe);

    public IReadOnlyList<Person> People { get; private set; } = [];
    public string? InvitationLink { get; private set; }
    public string? InvitationNote { get; private set; }

    [BindProperty, StringLength(200)]
    public string? InviteName { get; set; }

    [BindProperty, Required, EmailAddress, StringLength(256)]
    public string InviteEmail { get; set; } = "";

    [BindProperty]
    public string InviteRole { get; set; } = Roles.Contributor;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var outcome = await invitations.InviteAsync(InviteEmail, InviteName, InviteRole, cancellationToken);
            foreach (var error in outcome.Errors)
            {
                ModelState.AddModelError("", error);
            }

            if (outcome.User is not null && !outcome.Mailed)
            {
                InvitationLink = outcome.Link;
                InvitationNote = outcome.MailError is null
                    ? $"Mail is not set up (Byline:Mail:Host), so no e-mail was sent. Give {outcome.User.Email} this link; it works once, for seven days."
                    : $"{outcome.MailError}. Give {outcome.User.Email} this link instead; it works once, for seven days.";
            }
            else if (outcome.User is not null)
            {
                TempData["Notice"] = $"Invitation sent to {outcome.User.Email}.";
                return RedirectToPage();
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role, CancellationToken cancellationToken)
    {
        var user = await ChangeableAsync(id);
        if (user is null || !Roles.IsRole(role))
        {
            return BadRequest();
        }

        var before = await users.GetRolesAsync(user);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await users.RemoveFromRolesAsync(user, before);
            await users.AddToRoleAsync(user, role);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.RecordAsync(AuditActions.UserRoleChanged, Invitations.Subject(user), $"{string.Join(", ", before)} to {role}", cancellationToken: cancellationToken);
        return Done($"{user.Email} is now {role}.");
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken)
    {
        var user = await ChangeableAsync(id);
        if (user is null)
        {
            return BadRequest();
        }

        // The new security stamp ends the sessions the account has open, on the next request of each.
        user.DisabledAt = time.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AuditActions.UserDisabled, Invitations.Subject(user), cancellationToken: cancellationToken);
        return Done($"{user.Email} is disabled and signed out everywhere.");
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken)
    {
        var user = await ChangeableAsync(id);
        if (user is null)
        {
            return BadRequest();
        }

        user.DisabledAt = null;
        await users.UpdateAsync(user);
        await audit.RecordAsync(AuditActions.UserEnabled, Invitations.Subject(user), cancellationToken: cancellationToken);
        return Done($"{user.Email} can sign in again.");
    }

    private async Task<NewsroomUser?> ChangeableAsync(string? id)
    {
        var user = string.IsNullOrEmpty(id) ? null : await users.FindByIdAsync(id);
        return user is null || user.IsOwner || user.Id == User.FindFirstValue(ClaimTypes.NameIdentifier) ? null : user;
    }

    private RedirectToPageResult Done(string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var now = time.GetUtcNow();
        var rows = await db.Users.AsNoTracking()
            .OrderByDescending(u => u.IsOwner).ThenBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.IsOwner, u.DisabledAt, u.LockoutEnd, u.LastLoginAt,
                HasPassword = u.PasswordHash != null,
                Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        People = [.. rows.Select(u => new Person(u.Id, u.DisplayName, u.Email ?? "", u.Role ?? "", u.DisabledAt is not null ? "Disabled"
            : u.LockoutEnd > now ? "Locked"
            : !u.HasPassword ? "Invited"
            : "Active", u.LastLoginAt, u.IsOwner, u.Id == me))];
    }
}
