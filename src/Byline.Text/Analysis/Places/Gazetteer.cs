using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Byline.Text.Analysis;

/// <summary>
/// The places Byline knows by name: countries, first-level divisions and cities, built from
/// registry packages by scripts/gazetteer.sh (GeoNames data and others; see LICENCE-DATA.md) and
/// shipped inside this assembly. Names are looked up without case, accents, full stops or a
/// leading "the": "sao paulo" finds São Paulo, "the U.S." the United States.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> _default = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Dictionary<string, GazetteerPlace[]> _byName;

    private Gazetteer(Dictionary<string, GazetteerPlace[]> byName, int count, int longest)
    {
        _byName = byName;
        Count = count;
        LongestName = longest;
    }

    public static Gazetteer Default => _default.Value;

    /// <summary>How many places it holds.</summary>
    public int Count { get; }

    /// <summary>The most words in any name, for matching runs of words.</summary>
    public int LongestName { get; }

    /// <summary>The places with this name or alternative name, the likeliest first.</summary>
    public IReadOnlyList<GazetteerPlace> Lookup(string name) =>
        _byName.TryGetValue(Fold(name), out var places) ? places : [];

    public bool Contains(string name) => _byName.ContainsKey(Fold(name));

    // Lowercase, accents and full stops dropped, spaces single, a leading "the" taken off.
    public static string Fold(string name)
    {
        var text = name.AsSpan().Trim();
        if (text.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.ToString().Normalize(NormalizationForm.FormD))
        {
            if (c == '.' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '-')
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Byline.Text.gazetteer.tsv.gz")
            ?? throw new InvalidOperationException("The gazetteer is missing from Byline.Text: run scripts/gazetteer.sh and rebuild.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var byName = new Dictionary<string, List<GazetteerPlace>>(100_000);
        var count = 0;
        var longest = 1;
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 8)
            {
                continue;
            }

            var place = new GazetteerPlace(
                long.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[3], f[4],
                double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture),
                long.Parse(f[7], CultureInfo.InvariantCulture));
            count++;
            foreach (var name in f[2].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(f[1]))
            {
                var key = Fold(name);
                if (key.Length == 0)
                {
                    continue;
                }

                longest = Math.Max(longest, key.Count(c => c == ' ') + 1);
                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = [];
                }

                if (!list.Exists(p => p.GeoNameId == place.GeoNameId))
                {
                    list.Add(place);
                }
            }
        }

        var sorted = byName.ToDictionary(e => e.Key, e => e.Value.OrderByDescending(Rank).ToArray(), StringComparer.Ordinal);
        return new Gazetteer(sorted, count, Math.Min(longest, 6));
    }

    // Countries first, then capitals; a city of a million people before a division of the same
    // name, and otherwise divisions before cities, the bigger city first.
    internal static double Rank(GazetteerPlace place) => place.Kind switch
    {
        "country" => 1e12,
        "capital" => 1e11 + place.Population,
        "region" => 1e6,
        _ => place.Population,
    };
}
