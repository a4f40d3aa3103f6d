namespace Byline.Generate;

// The word lists of Generate/words.txt (an embedded resource), by part of speech, each with a Zipf
// picker so everyday words are common and the rest rare. Every entry is checked to be plain text,
// since BodyMarkup builds HTML from it without escaping or Markdown parsing.
public sealed class Vocabulary
{
    private readonly Dictionary<string, string[]> _lists;
    private readonly Dictionary<string, Zipf> _pickers;

    private Vocabulary(Dictionary<string, string[]> lists)
    {
        _lists = lists;
        _pickers = lists.ToDictionary(l => l.Key, l => new Zipf(l.Value.Length, 0.9));
        Verbs = [.. lists["verb"].Select(VerbForms.Parse)];
    }

    public static Vocabulary Default { get; } = Load();

    public IReadOnlyList<VerbForms> Verbs { get; }

    public IReadOnlyList<string> this[string list] => _lists[list];

    public string Pick(string list, Rng rng) => _lists[list][_pickers[list].Next(rng)];

    public VerbForms Verb(Rng rng) => Verbs[_pickers["verb"].Next(rng)];

    // Letters (any script), digits, spaces, hyphens, apostrophes, commas, full stops, colons.
    public static bool IsPlain(string text) =>
        text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or ',' or '.' or ':' or '’' or '“' or '”');

    private static Vocabulary Load()
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream("Byline.Generate.words.txt")
            ?? throw new InvalidOperationException("The generator's word list is missing from the assembly");
        using var reader = new StreamReader(stream);
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = lists[line[1..^1]] = [];
                continue;
            }

            foreach (var word in line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!IsPlain(word.Replace(":", "", StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException($"Not plain text in the generator's word list: {word}");
                }

                if (current is null)
                {
                    throw new InvalidOperationException("words.txt must start with a [list] heading");
                }

                if (!current.Contains(word))
                {
                    current.Add(word);
                }
            }
        }

        return new Vocabulary(lists.ToDictionary(l => l.Key, l => l.Value.ToArray(), StringComparer.Ordinal));
    }
}

// "approve" gives "approves" and "approved"; irregular ones are written "win:won" in the list.
public sealed record VerbForms(string Base, string Past, string Third)
{
    public static VerbForms Parse(string entry)
    {
        var parts = entry.Split(':');
        var word = parts[0];
        var consonantY = word.Length > 1 && word[^1] == 'y' && !"aeiou".Contains(word[^2], StringComparison.Ordinal);
        var past = parts.Length > 1 ? parts[1]
            : word.EndsWith('e') ? word + "d"
            : consonantY ? word[..^1] + "ied"
            : word + "ed";
        var third = consonantY ? word[..^1] + "ies"
            : word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) ? word + "es"
            : word + "s";
        return new VerbForms(word, past, third);
    }
}
