using System.CommandLine;
using System.Security.Cryptography;
using Byline.Webhooks;

namespace Byline.Cli;

// `byline webhook add|list|remove|deliveries`: subscriptions to story events, and their delivery log.
public static class WebhookCommands
{
    public static Command Create()
    {
        var webhook = new Command("webhook", "Manage webhook subscriptions to story events and read their delivery log.");
        webhook.Subcommands.Add(Add());
        webhook.Subcommands.Add(List());
        webhook.Subcommands.Add(Remove());
        webhook.Subcommands.Add(Deliveries());
        return webhook;
    }

    private static Command Add()
    {
        var url = new Argument<string>("url") { Description = "Where to POST each event (https://...)." };
        var events = new Option<string[]>("--event", "-e")
        {
            Description = "published, updated, unpublished or deleted (repeat for several; default: all four).",
            AllowMultipleArgumentsPerToken = true,
        };
        var name = new Option<string?>("--name") { Description = "A name for the list." };
        var add = new Command("add", "Subscribe a URL to story events; prints the secret that signs each delivery.") { url, events, name };
        add.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var target = parse.GetValue(url)!;
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                await Console.Error.WriteLineAsync($"Not a web address: {target}");
                return 2;
            }

            var requested = parse.GetValue(events) is { Length: > 0 } e ? e : [.. WebhookEvents.ByShortName.Keys];
            var unknown = requested.Where(r => !WebhookEvents.ByShortName.ContainsKey(r) && !WebhookEvents.IsKnown(r)).ToList();
            if (unknown.Count > 0)
            {
                await Console.Error.WriteLineAsync($"Unknown event(s): {string.Join(", ", unknown)}. Use published, updated, unpublished or deleted.");
                return 2;
            }

            var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
            var db = services.GetRequiredService<BylineDb>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            foreach (var ghostName in requested.Select(r => WebhookEvents.ByShortName.GetValueOrDefault(r, r)).Distinct())
            {
                db.Webhooks.Add(new Webhook { Name = parse.GetValue(name) ?? uri.Host, Event = ghostName, TargetUrl = uri.AbsoluteUri, Secret = secret, CreatedAt = now });
            }

            await db.SaveChangesAsync(ct);
            Console.WriteLine($"Subscribed {uri.AbsoluteUri} to {string.Join(", ", requested)}.");
            Console.WriteLine($"Secret (verify X-Byline-Signature = sha256=HMAC-SHA256(secret, body)): {secret}");
            return 0;
        }));
        return add;
    }

    private static Command List()
    {
        var list = new Command("list", "List subscriptions.");
        list.SetAction((_, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var hooks = await services.GetRequiredService<BylineDb>().Webhooks.AsNoTracking().OrderBy(w => w.Id).ToListAsync(ct);
            foreach (var w in hooks)
            {
                Console.WriteLine($"{w.Id,4}  {(w.Enabled ? "on " : "off")}  {w.Event,-22} {w.TargetUrl}  ({w.Name})");
            }

            Console.WriteLine(hooks.Count == 0 ? "No webhooks." : $"{hooks.Count} webhook(s).");
            return 0;
        }));
        return list;
    }

    private static Command Remove()
    {
        var id = new Argument<int>("id") { Description = "The number `webhook list` shows." };
        var remove = new Command("remove", "Remove a subscription (and its delivery log).") { id };
        remove.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var removed = await services.GetRequiredService<BylineDb>().Webhooks.Where(w => w.Id == parse.GetValue(id)).ExecuteDeleteAsync(ct);
            Console.WriteLine(removed == 0 ? "No such webhook." : "Removed.");
            return removed == 0 ? 1 : 0;
        }));
        return remove;
    }

    private static Command Deliveries()
    {
        var count = new Option<int>("--last") { Description = "How many of the latest deliveries to show.", DefaultValueFactory = _ => 20 };
        var deliveries = new Command("deliveries", "Show the delivery log: status, attempts, the subscriber's last answer.") { count };
        deliveries.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var rows = await services.GetRequiredService<BylineDb>().WebhookDeliveries.AsNoTracking().Include(d => d.Webhook)
                .OrderByDescending(d => d.Id).Take(Math.Clamp(parse.GetValue(count), 1, 1000)).ToListAsync(ct);
            foreach (var d in rows)
            {
                Console.WriteLine($"{d.Id,6}  {d.CreatedAt:yyyy-MM-dd HH:mm:ss}Z  {d.Event,-22} {d.Status,-9} tries {d.Attempts}  {d.LastStatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}  {d.Webhook?.TargetUrl}  {d.LastError}");
            }

            return 0;
        }));
        return deliveries;
    }
}
