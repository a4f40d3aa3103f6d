using System.Text.Json;

namespace Byline.Text.Analysis.Quotes;

/// <summary>How a story's found quotes compare with its hand labels (the fixtures' format).</summary>
public sealed record QuoteScore(string Style, int Labelled, int Found, int SpansMatched, int PairsMatched, IReadOnlyList<string> Misses)
{
    public double SpanPrecision => Found == 0 ? 1 : (double)SpansMatched / Found;
    public double SpanRecall => Labelled == 0 ? 1 : (double)SpansMatched / Labelled;
    public double PairPrecision => Found == 0 ? 1 : (double)PairsMatched / Found;
    public double PairRecall => Labelled == 0 ? 1 : (double)PairsMatched / Labelled;

    public static QuoteScore Sum(string style, IEnumerable<QuoteScore> scores)
    {
        var all = scores.ToList();
        return new QuoteScore(style, all.Sum(s => s.Labelled), all.Sum(s => s.Found), all.Sum(s => s.SpansMatched), all.Sum(s => s.PairsMatched), [.. all.SelectMany(s => s.Misses)]);
    }
}

/// <summary>
/// Scores found quotes against labels: a found quote matches the label whose `start` (the first
/// six words of the quoted text, with `occurrence` when a start repeats) it begins with; the pair
/// is right when the speakers agree, compared without case, a leading "the" or end punctuation.
/// </summary>
public static class QuoteEvaluation
{
    public static QuoteScore Score(string name, string style, IReadOnlyList<Quote> found, string labelsJson)
    {
        using var labels = JsonDocument.Parse(labelsJson);
        var root = labels.RootElement;
        var quotes = root.TryGetProperty("quotes", out var q) ? q.EnumerateArray().ToList() : [];
        var used = new bool[found.Count];
        var starts = found.Select(f => Start(f.Text)).ToList();
        var misses = new List<string>();
        var (spans, pairs) = (0, 0);
        foreach (var label in quotes)
        {
            var start = label.GetProperty("start").GetString() ?? "";
            var occurrence = label.TryGetProperty("occurrence", out var o) ? o.GetInt32() : 1;
            var index = Nth(starts, start, occurrence);
            if (index < 0)
            {
                misses.Add($"{name}: missed \"{start}\"");
                continue;
            }

            used[index] = true;
            spans++;
            var expected = label.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (Same(expected, found[index].Speaker))
            {
                pairs++;
            }
            else
            {
                misses.Add($"{name}: \"{start}\" is {expected ?? "null"}'s, found {found[index].Speaker ?? "null"}");
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (!used[i])
            {
                misses.Add($"{name}: not a labelled quote: \"{starts[i]}\"");
            }
        }

        return new QuoteScore(style, quotes.Count, found.Count, spans, pairs, misses);
    }

    // The first six whitespace-separated words, as the labels write them.
    public static string Start(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(6));

    private static int Nth(List<string> starts, string start, int occurrence)
    {
        for (var i = 0; i < starts.Count; i++)
        {
            if (Matches(starts[i], start) && --occurrence == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Matches(string found, string label) =>
        found == label || found.StartsWith(label, StringComparison.Ordinal) || label.StartsWith(found, StringComparison.Ordinal) && found.Length > 0
        || Normal(found) == Normal(label);

    private static string Normal(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static bool Same(string? expected, string? found)
    {
        static string Clean(string? name)
        {
            var n = (name ?? "").Trim().TrimEnd('.', ',', ';').ToLowerInvariant().Replace('’', '\'');
            return n.StartsWith("the ", StringComparison.Ordinal) ? n[4..] : n;
        }

        return Clean(expected) == Clean(found);
    }
}
