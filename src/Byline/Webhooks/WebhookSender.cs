using System.Net;
using System.Text;
using Byline.Outbound;
using Microsoft.Extensions.Options;

namespace Byline.Webhooks;

// Sends due deliveries. Every node runs this; a delivery is claimed with a conditional update
// (only one node wins the row), sent, and either marked delivered or given a later attempt, twice
// as far off each time, until MaxAttempts. A subscriber that answers 410 Gone is switched off.
public sealed class WebhookSender(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider time, ILogger<WebhookSender> logger)
    : BackgroundService
{
    private const int BatchSize = 20;
    private readonly WebhookOptions _options = options.Value;
    private readonly HttpClient _http = GuardedHttp.Create(options.Value.AllowPrivateNetworks, TimeSpan.FromSeconds(options.Value.TimeoutSeconds));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.PollSeconds), time);
        do
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == BatchSize)
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Webhook deliveries could not be processed; trying again shortly");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    // Returns how many deliveries it looked at, so a full batch is followed by another at once.
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(BatchSize).ToListAsync(cancellationToken);
        await Task.WhenAll(due.Select(id => SendOneAsync(id, cancellationToken)));
        return due.Count;
    }

    private async Task SendOneAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
        var now = time.GetUtcNow().UtcDateTime;
        var lease = now.AddSeconds(_options.TimeoutSeconds * 3);
        var claimed = await db.WebhookDeliveries
            .Where(d => d.Id == id && d.Status == DeliveryStatus.Pending && (d.LockedUntil == null || d.LockedUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.LockedUntil, lease), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        var delivery = await db.WebhookDeliveries.Include(d => d.Webhook).SingleAsync(d => d.Id == id, cancellationToken);
        var (status, error) = await PostAsync(db, delivery, cancellationToken);
        delivery.Attempts++;
        delivery.LastStatusCode = status;
        delivery.LastError = error;
        delivery.LockedUntil = null;
        if (error is null)
        {
            delivery.Status = DeliveryStatus.Delivered;
            delivery.DeliveredAt = time.GetUtcNow().UtcDateTime;
        }
        else if (status == (int)HttpStatusCode.Gone || delivery.Attempts >= _options.MaxAttempts)
        {
            delivery.Status = DeliveryStatus.Failed;
            delivery.Webhook!.Enabled &= status != (int)HttpStatusCode.Gone;
        }
        else
        {
            delivery.NextAttemptAt = time.GetUtcNow().UtcDateTime.AddSeconds(_options.RetryBaseSeconds * Math.Pow(2, delivery.Attempts - 1));
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<(int? Status, string? Error)> PostAsync(BylineDb db, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            var body = await WebhookPayload.BodyAsync(db, delivery.Payload, cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Webhook!.TargetUrl) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Byline-Event", delivery.Event);
            request.Headers.Add("X-Byline-Delivery", delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Byline-Signature", WebhookSignature.Byline(delivery.Webhook.Secret, body));
            request.Headers.Add("X-Ghost-Signature", WebhookSignature.Ghost(delivery.Webhook.Secret, body, time.GetUtcNow().ToUnixTimeMilliseconds()));
            request.Headers.UserAgent.ParseAdd("Byline-Webhooks/1");
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (code, null) : (code, $"the subscriber answered {code} {response.ReasonPhrase}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or UriFormatException)
        {
            var reason = ex is TaskCanceledException && !cancellationToken.IsCancellationRequested ? $"no answer within {_options.TimeoutSeconds} s" : ex.Message;
            return (null, reason.Length > 2000 ? reason[..2000] : reason);
        }
    }
}
