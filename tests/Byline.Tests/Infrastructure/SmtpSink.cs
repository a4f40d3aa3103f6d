using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Byline.Tests.Infrastructure;

// A real SMTP server on a free loopback port that keeps what it is sent, so tests read the
// newsroom's e-mails (and the links in them) the way a person would.
public sealed partial class SmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<MimeMessage> _received = new();
    private readonly Task _running;

    public SmtpSink()
    {
        Port = Executable.FreePort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("sink.test")
            .Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Byline:Mail:Host"] = "127.0.0.1",
        ["Byline:Mail:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Byline:Mail:From"] = "Newsroom <newsroom@byline.test>",
    };

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    public async Task<MimeMessage> WaitForAsync(string to, int timeoutSeconds = 20)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(timeoutSeconds))
        {
            var message = _received.LastOrDefault(m => m.To.Mailboxes.Any(a => a.Address.Equals(to, StringComparison.OrdinalIgnoreCase)));
            if (message is not null)
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No message for {to} arrived within {timeoutSeconds} s");
    }

    public static string LinkIn(MimeMessage message) =>
        PasswordLink().Match(message.TextBody ?? "") is { Success: true } match ? match.Value : throw new InvalidOperationException($"No link in: {message.TextBody}");

    [GeneratedRegex(@"https?://\S+/newsroom/password\?\S+")]
    private static partial Regex PasswordLink();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
