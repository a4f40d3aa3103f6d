namespace Byline.Newsroom.Mail;

// Byline:Mail:* — the SMTP server that sends invitations and password resets.
public sealed class MailOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? From { get; set; }

    // Auto: TLS from the start on 465; STARTTLS required elsewhere, except to a server on this
    // machine (a local relay or a test sink), where it is used if offered. Or None, StartTls, SslOnConnect.
    public string Security { get; set; } = "Auto";

    public int TimeoutSeconds { get; set; } = 20;
}
