using Byline.Tests.Infrastructure;

namespace Byline.Tests.Security;

// The shared XSS corpora, every line of them, and the loop that puts them through a writer in
// batches and reads the pages back in Chromium. The writer is a delegate (fill some fields with a
// batch, say which reader pages show them), so a new form is one more delegate.
public static class XssPayloads
{
    public static readonly string[] Files = ["BRUTELOGIC-XSS-STRINGS.txt", "IntrudersXSS.txt", "JHADDIX_XSS.txt", "MarioXSSVectors.txt", "RSNAKE_XSS.txt"];

    public static IReadOnlyList<string> All { get; } = Files
        .SelectMany(f => File.ReadAllLines(Path.Combine(Repo.Shared, "fixtures", "xss", f)))
        .Where(l => l.Trim().Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public static string Fit(IEnumerable<string> payloads, int length, string separator = " ")
    {
        var joined = string.Join(separator, payloads);
        return joined.Length <= length ? joined : joined[..length];
    }

    public delegate Task<IReadOnlyList<string>> Writer(IReadOnlyList<string> batch, int number);

    public static async Task PutThroughAsync(ScriptWatch watch, int batchSize, Writer write)
    {
        var number = 0;
        foreach (var batch in All.Chunk(batchSize))
        {
            foreach (var path in await write(batch, number))
            {
                await watch.VisitAsync(path);
                watch.AssertNothingRan($"batch {number} at {path}");
            }

            number++;
        }
    }
}
