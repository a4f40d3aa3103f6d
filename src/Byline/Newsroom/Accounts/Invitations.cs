using Byline.Newsroom.Audit;
using Byline.Newsroom.Mail;
using Microsoft.AspNetCore.Identity;

namespace Byline.Newsroom.Accounts;

// Adds a person to the newsroom with a role and no password, and hands out the link with which
// they set one: by e-mail when mail is set up, and always back to the caller (the CLI prints it;
// the Users page shows it when it could not be mailed).
public sealed class Invitations(UserManager<NewsroomUser> users, BylineDb db, AccountLinks links, Mailer mailer, AuditLog audit, TimeProvider time)
{
    public sealed record Outcome(IReadOnlyList<string> Errors, NewsroomUser? User, string? Link, bool Mailed, string? MailError);

    public async Task<Outcome> InviteAsync(string email, string? name, string role, CancellationToken cancellationToken)
    {
        email = email.Trim();
        if (!Roles.IsRole(role))
        {
            return Failed($"There is no role named {role}.");
        }

        if (!System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email || email.Length > 256)
        {
            return Failed("That is not an e-mail address.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return Failed("Someone with that e-mail address is already in the newsroom.");
        }

        var user = new NewsroomUser
        {
            UserName = email,
            Email = email,
            DisplayName = string.IsNullOrWhiteSpace(name) ? email.Split('@')[0] : name.Trim()[..Math.Min(name.Trim().Length, 200)],
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };

        // The account and its role go in together or not at all.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return Failed([.. created.Errors.Select(e => e.Description)]);
            }

            await users.AddToRoleAsync(user, role);
            await transaction.CommitAsync(cancellationToken);
        }

        await audit.RecordAsync(AuditActions.UserInvited, Subject(user), $"as {role}", cancellationToken: cancellationToken);
        var link = await links.InvitationAsync(user, cancellationToken);
        var mailError = await mailer.TrySendAsync(AccountMail.Invitation(user, role, link, await PublicationNameAsync(cancellationToken)), cancellationToken);
        return new Outcome([], user, link, mailer.IsConfigured && mailError is null, mailError);
    }

    public async Task<string> PublicationNameAsync(CancellationToken cancellationToken) =>
        await db.Publication.OrderBy(p => p.Id).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) ?? "Byline";

    public static string Subject(NewsroomUser user) => $"user {user.Email}";

    private static Outcome Failed(params string[] errors) => new(errors, null, null, false, null);
}
