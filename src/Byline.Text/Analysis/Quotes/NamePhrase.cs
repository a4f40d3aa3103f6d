namespace Byline.Text.Analysis.Quotes;

/// <summary>
/// A run of capitalised words read as a name: honorifics and titles taken off ("Datuk Seri Anwar
/// Ibrahim" is Anwar Ibrahim, "Tory leader Michael Howard" is Michael Howard), peers kept whole
/// ("Lord Goldsmith"), and runs that end in a body's head ("Home Office") marked as bodies.
/// </summary>
internal sealed record NamePhrase(string Name, string[] Tokens, string Title, bool IsBody, bool IsPeer, char Gender)
{
    public static NamePhrase? Parse(string run)
    {
        var raw = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = raw.Select(w => Clean(w)).Where(w => w.Length > 0).ToList();
        if (words.Count > 1 && NameWords.BodyHeads.Contains(words[^1]))
        {
            // "The King's Fund": a possessive inside a body's name is part of it.
            words = raw.Select((w, i) => Clean(w, keepPossessive: i < raw.Length - 1)).Where(w => w.Length > 0).ToList();
        }

        while (words.Count > 0 && (NameWords.NotNames.Contains(words[0]) || Entities.Organisations.Credits.Contains(words[0])))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return null;
        }

        if (NameWords.BodyHeads.Contains(words[^1]) || words.Count == 1 && IsAcronym(words[0]) || IsNamedWithOf(words))
        {
            var body = string.Join(' ', words);
            return new NamePhrase(body, [.. words], "", IsBody: true, IsPeer: false, '?');
        }

        // "Lords Lord Strathclyde", "Tory leader in the Lords Baroness Amos": a peer's title inside a
        // run starts the name. "Lord Chief Justice", "Works Minister": a run of title words names an office.
        var peer = words.FindIndex(1, w => NameWords.Peers.Contains(w));
        if (peer > 0 && peer < words.Count - 1 && !NameWords.Peers.Contains(words[0]))
        {
            words.RemoveRange(0, peer);
        }

        if (NameWords.Peers.Contains(words[0]) && words.Count > 1 && words.Skip(1).All(NameWords.Titles.Contains) || Offices.Contains(words[^1]))
        {
            return null;
        }

        var gender = '?';
        var title = new List<string>();

        // "Pensions Secretary Alan Johnson", "Works Minister Alexander Nanta Linggi": a role's head
        // word inside the run ends the title; the name is what follows it.
        var head = words.FindLastIndex(w => NameWords.RoleHeads.Contains(w));
        if (head >= 0 && head < words.Count - (head == 0 ? 2 : 1) && !NameWords.Peers.Contains(words[0]))
        {
            title.AddRange(words.Take(head + 1));
            words.RemoveRange(0, head + 1);
        }

        // Titles stand before honorifics: "Kelantan Menteri Besar Datuk Mohd Nassuruddin Daud".
        var honorific = words.FindLastIndex(w => NameWords.Honorifics.Contains(w));
        if (honorific > 0 && honorific < words.Count - 1 && !NameWords.Peers.Contains(words[0]))
        {
            title.AddRange(words.Take(honorific));
            words.RemoveRange(0, honorific);
        }

        while (words.Count > 1)
        {
            var pair = words[0] + " " + words[1];
            if (NameWords.HonorificPairs.Contains(pair))
            {
                words.RemoveRange(0, 2);
                continue;
            }

            if (NameWords.Peers.Contains(words[0]))
            {
                break;
            }

            if (NameWords.Honorifics.Contains(words[0]))
            {
                gender = gender != '?' ? gender : NameWords.Male.Contains(words[0]) ? 'M' : NameWords.Female.Contains(words[0]) ? 'F' : '?';
                words.RemoveAt(0);
                continue;
            }

            if (NameWords.Titles.Contains(words[0]) || words[0] is "of" or "for")
            {
                title.Add(words[0]);
                words.RemoveAt(0);
                continue;
            }

            break;
        }

        if (GivenNames.OpensWithDescription(words))
        {
            title.Add(words[0]);
            words.RemoveAt(0);
        }

        if (words.Count == 1 && (NameWords.Honorifics.Contains(words[0]) || NameWords.Titles.Contains(words[0])))
        {
            return null;
        }

        var isPeer = NameWords.Peers.Contains(words[0]) && words.Count > 1;
        if (isPeer)
        {
            gender = NameWords.Male.Contains(words[0]) ? 'M' : NameWords.Female.Contains(words[0]) ? 'F' : '?';
        }

        return new NamePhrase(string.Join(' ', words), [.. words], string.Join(' ', title).ToLowerInvariant(), IsBody: false, isPeer, gender);
    }

    // "Kenya's Daniel Kiprotich" names Kenya and Daniel Kiprotich; "Bayan Lepas-based Kestrel
    // Microsystems" names Bayan Lepas and Kestrel Microsystems: a possessive or an adjective made
    // with a hyphen ends one name inside a run of capitals.
    public static List<string> Split(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < words.Length - 1; i++)
        {
            var w = words[i];
            var possessive = w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)
                || w.Length > 2 && w[^2] == 's' && w[^1] is '\'' or '’';
            var dash = w.LastIndexOf('-');
            var adjective = dash > 0 && dash < w.Length - 1 && char.IsLower(w[dash + 1]);
            if (possessive || adjective)
            {
                parts.Add(string.Join(' ', words[start..(i + 1)]));
                start = i + 1;
            }
        }

        parts.Add(string.Join(' ', words[start..]));
        return parts;
    }

    // The names of a run as the entity and place finders read them: each piece of Split without
    // its possessive, and a piece that ends in a hyphenated adjective without it ("Bayan Lepas").
    public static List<string> Names(string run)
    {
        var parts = Split(run);
        for (var i = 0; i < parts.Count; i++)
        {
            var piece = parts[i];
            piece = piece.EndsWith("'s", StringComparison.Ordinal) || piece.EndsWith("’s", StringComparison.Ordinal) ? piece[..^2]
                : piece.Length > 2 && piece[^2] == 's' && piece[^1] is '\'' or '’' ? piece[..^1] : piece;
            parts[i] = i < parts.Count - 1 && piece.LastIndexOf('-') is > 0 and var dash ? piece[..dash] : piece;
        }

        return parts;
    }

    private static readonly HashSet<string> Offices = new(StringComparer.Ordinal)
    {
        "Minister", "Secretary", "Chancellor", "President", "Leader", "Chairman", "Chairwoman", "Director", "Commissioner", "Governor",
        "Mayor", "Ambassador", "Premier", "Speaker", "Spokesman", "Spokeswoman", "Spokesperson",
    };

    // "Institute for Fiscal Studies", "Friends of the Earth", "Department for Transport": a run joined
    // by "of" or "for" names a body unless it holds an honorific, a peer or a title ("Secretary of
    // State Marco Rubio", "Lord Lloyd of Berwick").
    private static bool IsNamedWithOf(List<string> words)
    {
        var of = words.FindIndex(w => w is "of" or "for" or "to");
        return of > 0 && of < words.Count - 1 && !NameWords.Titles.Contains(words[0])
            && !words.Any(w => NameWords.Honorifics.Contains(w) || NameWords.Peers.Contains(w) || NameWords.RoleHeads.Contains(w));
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(c => char.IsUpper(c) || c == '.');

    // "Blair's" is Blair; trailing punctuation is no part of a name.
    private static string Clean(string word, bool keepPossessive = false)
    {
        var w = word.Trim(',', ';', ':', '(', ')', '"', '“', '”', '!', '?');
        if (!keepPossessive && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)))
        {
            w = w[..^2];
        }

        return w.EndsWith('.') && w.Length > 3 && !NameWords.Titles.Contains(w) && !NameWords.Honorifics.Contains(w) ? w[..^1] : w;
    }
}
