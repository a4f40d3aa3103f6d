using System.Net;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Byline.Newsroom.Mail;

// Sends one message at a time over SMTP with MailKit. Without Byline:Mail:Host nothing is sent,
// and callers fall back to showing the link to whoever asked (an administrator, or the CLI user).
public sealed class Mailer(IOptions<MailOptions> options, ILogger<Mailer> logger)
{
    private readonly MailOptions _options = options.Value;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.Host);

    // Returns null when sent (or when mail is not set up), else what went wrong, for the person to read.
    public async Task<string?> TrySendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return null;
        }

        try
        {
            message.From.Add(MailboxAddress.Parse(_options.From ?? $"byline@{_options.Host}"));
            using var client = new SmtpClient { Timeout = _options.TimeoutSeconds * 1000 };
            await client.ConnectAsync(_options.Host!, _options.Port, Security(), cancellationToken);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException or System.Net.Sockets.SocketException or SslHandshakeException or ParseException or OperationCanceledException)
        {
            logger.LogWarning(e, "Could not send \"{Subject}\" through {Host}:{Port}", message.Subject, _options.Host, _options.Port);
            return $"The message could not be sent ({e.GetType().Name}: {e.Message})";
        }
    }

    private SecureSocketOptions Security() => _options.Security.ToUpperInvariant() switch
    {
        "NONE" => SecureSocketOptions.None,
        "STARTTLS" => SecureSocketOptions.StartTls,
        "SSLONCONNECT" => SecureSocketOptions.SslOnConnect,
        _ when _options.Port == 465 => SecureSocketOptions.SslOnConnect,
        _ when IsLoopback(_options.Host!) => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.StartTls,
    };

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
}

public static class MailSetup
{
    public static IHostApplicationBuilder AddMail(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<MailOptions>(builder.Configuration.GetSection("Byline:Mail"));
        builder.Services.AddSingleton<Mailer>();
        return builder;
    }
}
