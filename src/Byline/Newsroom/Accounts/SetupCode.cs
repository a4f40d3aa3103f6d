using System.Security.Cryptography;
using System.Text;
using Byline.Newsroom.Audit;

namespace Byline.Newsroom.Accounts;

// The one-time code that the first-run page asks for, so that a fresh install facing the internet
// cannot be claimed by whoever finds it first. `serve` issues one at start while no account exists
// and prints it to its console; only its hash is kept, in the audit log, which every node reads, so
// the code printed by any node works on all of them. It lasts until the owner exists, or a day.
public sealed class SetupCode(IServiceScopeFactory scopes, TimeProvider time, ILogger<SetupCode> log)
{
    public const string Issued = AuditActions.SetupCodeIssued;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    // The code this process issued, while the newsroom has no account.
    public string? Current { get; private set; }

    public async Task IssueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var code = string.Join('-', Enumerable.Range(0, 4).Select(_ => new string([.. Enumerable.Range(0, 4).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])])));
        db.Add(AuditLog.Entry(null, time.GetUtcNow().UtcDateTime, Issued, "first-run setup", Hash(code)));
        await db.SaveChangesAsync(ct);
        Current = code;
        log.LogInformation("Issued a first-run setup code");
        Console.WriteLine($"No one has a newsroom account yet. Open /newsroom/setup and give this setup code to create the owner: {code}");
        Console.WriteLine("(or create the owner with `byline user add`). The code works once, for a day.");
    }

    // Whether the typed code is one issued in the last day; spaces, hyphens and case do not matter.
    public async Task<bool> AcceptsAsync(BylineDb db, string? typed, CancellationToken ct)
    {
        var clean = new string([.. (typed ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        if (clean.Length != 16)
        {
            return false;
        }

        var hash = Hash(clean);
        var since = time.GetUtcNow().UtcDateTime - Lifetime;
        return await db.AuditLog.AnyAsync(e => e.Action == Issued && e.Detail == hash && e.At >= since, ct);
    }

    private static string Hash(string code)
    {
        var clean = code.Replace("-", "", StringComparison.Ordinal);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("byline-setup:" + clean)));
    }
}
