using System.CommandLine;
using Byline.Api;

namespace Byline.Cli;

// `byline key add|list|revoke NAME`: a Content API key and an Admin API key for an integration.
// The admin secret is shown once, when the key is made; `list` never prints it.
public static class KeyCommands
{
    public static Command Create()
    {
        var key = new Command("key", "Manage API keys for integrations (Ghost-compatible Content and Admin API keys).");
        key.Subcommands.Add(Add());
        key.Subcommands.Add(List());
        key.Subcommands.Add(Revoke());
        return key;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "What the key is for, e.g. \"Next.js front end\"." };
        var add = new Command("add", "Create a key pair and print the content key, the admin key and the API URL.") { name };
        add.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var db = services.GetRequiredService<BylineDb>();
            var keyName = parse.GetValue(name)!.Trim();
            if (keyName.Length is 0 or > 200)
            {
                await Console.Error.WriteLineAsync("A key needs a name of 1 to 200 characters.");
                return 2;
            }

            if (await db.ApiKeys.AnyAsync(k => k.Name == keyName && !k.Revoked, ct))
            {
                await Console.Error.WriteLineAsync($"An active key named \"{keyName}\" exists; revoke it first or choose another name.");
                return 1;
            }

            var apiKey = ApiKeys.Generate(keyName, DateTime.UtcNow);
            db.ApiKeys.Add(apiKey);
            await db.SaveChangesAsync(ct);
            var baseUrl = (await db.Publication.OrderBy(p => p.Id).Select(p => p.BaseUrl).FirstOrDefaultAsync(ct) ?? "http://localhost:5080").TrimEnd('/');
            Console.WriteLine($"Name:        {apiKey.Name}");
            Console.WriteLine($"Content key: {apiKey.ContentKey}");
            Console.WriteLine($"Admin key:   {apiKey.AdminKeyId}:{apiKey.AdminSecret}");
            Console.WriteLine($"API URL:     {baseUrl}");
            Console.WriteLine($"Content API: {baseUrl}{ContentApi.Prefix}/");
            return 0;
        }));
        return add;
    }

    private static Command List()
    {
        var list = new Command("list", "List keys: name, content key, admin key id, created, revoked.");
        list.SetAction((_, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var keys = await services.GetRequiredService<BylineDb>().ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(ct);
            if (keys.Count == 0)
            {
                Console.WriteLine("No keys. Create one with `byline key add NAME`.");
            }

            foreach (var k in keys)
            {
                Console.WriteLine($"{k.Name}\t{k.ContentKey}\t{k.AdminKeyId}\t{k.CreatedAt:yyyy-MM-dd HH:mm}Z\t{(k.Revoked ? "revoked" : "active")}");
            }

            return 0;
        }));
        return list;
    }

    private static Command Revoke()
    {
        var name = new Argument<string>("name") { Description = "The name the key was created with." };
        var revoke = new Command("revoke", "Revoke the active key with this name; requests using it are refused at once.") { name };
        revoke.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var keyName = parse.GetValue(name)!.Trim();
            var revoked = await services.GetRequiredService<BylineDb>().ApiKeys
                .Where(k => k.Name == keyName && !k.Revoked)
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.Revoked, true), ct);
            if (revoked == 0)
            {
                await Console.Error.WriteLineAsync($"No active key named \"{keyName}\".");
                return 1;
            }

            Console.WriteLine($"Revoked \"{keyName}\".");
            return 0;
        }));
        return revoke;
    }
}
