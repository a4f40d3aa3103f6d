using Byline.Newsroom.Accounts;
using MimeKit;

namespace Byline.Newsroom.Mail;

// The two messages the newsroom sends. Plain text only: the link is the whole point, and a text
// message cannot hide where it leads.
public static class AccountMail
{
    public static MimeMessage Invitation(NewsroomUser user, string role, string link, string publication) => Message(user,
        $"You are invited to the {publication} newsroom",
        $"""
        Hello {user.DisplayName},

        You have been invited to the {publication} newsroom as {Article(role)} {role}.
        Choose your password here (the link works once, for seven days):

        {link}

        If you did not expect this, ignore this message.
        """);

    public static MimeMessage PasswordReset(NewsroomUser user, string link, string publication) => Message(user,
        $"Reset your {publication} newsroom password",
        $"""
        Hello {user.DisplayName},

        Someone (we hope you) asked to reset your password for the {publication} newsroom.
        Choose a new one here (the link works once, for two hours):

        {link}

        If it was not you, ignore this message: your password stays as it is.
        """);

    private static MimeMessage Message(NewsroomUser user, string subject, string text)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.To.Add(new MailboxAddress(user.DisplayName, user.Email ?? throw new InvalidOperationException("A newsroom user always has an e-mail address.")));
        return message;
    }

    private static string Article(string role) => role.StartsWith('A') || role.StartsWith('E') ? "an" : "a";
}
