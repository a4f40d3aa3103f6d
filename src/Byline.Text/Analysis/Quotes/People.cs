using System.Text.RegularExpressions;

namespace Byline.Text.Analysis.Quotes;

/// <summary>A person or body the story names, under its fullest form.</summary>
internal sealed class Named(string name, bool isBody)
{
    public string Name { get; set; } = name;
    public bool IsBody { get; } = isBody;
    public string[] Tokens => Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    public List<string> Titles { get; } = [];
    public char Gender { get; set; } = '?';

    // Known to be a person, not a place read as a name: a Mr or Ms, a title, or words of their own.
    public bool Spoke { get; set; }
    public bool IsSurelyPerson => Gender != '?' || Titles.Count > 0 || Spoke;
}

/// <summary>
/// The people and bodies of one story, read from every paragraph before any quote is attributed, so
/// that "Mr Blair" in the headline finds the "Tony Blair" of the third paragraph.
/// </summary>
internal sealed partial class People
{
    private readonly List<Named> _all = [];

    [GeneratedRegex(@"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Jr|Sr|St|Lt|Gen|Col|Capt|Sgt|Prof|Rev|Hon|Smt)\.|(?:[A-Z]\.)+|[A-Z][\p{L}\p{M}'’\-]*)(?:\s+(?:(?:bin|binti|bte|van|von|de|da|di|del|der|al|el|le|ibn|dos|du)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Jr|Sr|St|Lt|Gen|Col|Capt|Sgt|Prof|Rev|Hon|Smt)\.|(?:[A-Z]\.)+|[A-Z][\p{L}\p{M}'’\-]*))*")]
    private static partial Regex CapitalRun();

    public static People Read(IReadOnlyList<string> paragraphs)
    {
        var people = new People();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            // A headline in Title Case is one long capitalised run that names no one by itself.
            var paragraph = paragraphs[i];
            if (i == 0 && IsTitleCase(paragraph))
            {
                continue;
            }

            foreach (Match run in CapitalRun().Matches(paragraph))
            {
                var parts = NamePhrase.Split(run.Value);
                for (var part = 0; part < parts.Count; part++)
                {
                    people.Note(parts[part], part == 0 ? TitleBefore(paragraph, run.Index) : "");
                }
            }
        }

        return people;
    }

    internal static bool IsTitleCase(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3).ToList();
        return words.Count >= 3 && words.Count(NameWords.IsCapitalised) * 4 >= words.Count * 3;
    }

    // "U.S. Secretary of State Marco Rubio": the title words standing before a name, lowercase.
    private static string TitleBefore(string text, int index)
    {
        var words = text[..index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = new List<string>();
        for (var i = words.Length - 1; i >= 0 && title.Count < 6; i--)
        {
            var w = words[i].Trim(',', '(', '"', '“');
            if (NameWords.Titles.Contains(w) || w is "of" or "for" || (title.Count > 0 && NameWords.IsCapitalised(w) && !NameWords.NotNames.Contains(w)))
            {
                title.Insert(0, w);
                continue;
            }

            break;
        }

        // "a spokeswoman for Amnesty International": a lone "for" is no title.
        while (title.Count > 0 && title[0] is "of" or "for")
        {
            title.RemoveAt(0);
        }

        return string.Join(' ', title).ToLowerInvariant();
    }

    private void Note(string run, string titleBefore)
    {
        var parsed = NamePhrase.Parse(run);
        if (parsed is null || parsed.IsBody || parsed.Tokens.Length is 0 or > 4)
        {
            return;
        }

        var title = string.Join(' ', new[] { titleBefore, parsed.Title }.Where(t => t.Length > 0));
        if (parsed.Tokens.Length >= 2 || parsed.IsPeer || parsed.Gender != '?')
        {
            var person = Find(parsed.Tokens) ?? Add(parsed.Name);
            if (parsed.Tokens.Length > person.Tokens.Length && parsed.Tokens.Intersect(person.Tokens).Any() && !parsed.IsPeer)
            {
                person.Name = parsed.Name;
            }

            if (title.Length > 0 && !person.Titles.Contains(title))
            {
                person.Titles.Add(title);
            }

            if (person.Gender == '?' && parsed.Gender != '?')
            {
                person.Gender = parsed.Gender;
            }
        }
    }

    private Named Add(string name)
    {
        var person = new Named(name, isBody: false);
        person.Gender = FirstNames.GenderOf(person.Tokens[0]);
        _all.Add(person);
        return person;
    }

    // The person whose name holds these words: the full name, or a surname or given name of it.
    public Named? Find(string[] tokens)
    {
        if (tokens.Length == 0)
        {
            return null;
        }

        var whole = string.Join(' ', tokens);
        return _all.Find(p => p.Name.Equals(whole, StringComparison.OrdinalIgnoreCase))
            ?? _all.Find(p => p.Tokens.Length > tokens.Length && EndsWith(p.Tokens, tokens))
            ?? _all.Find(p => tokens.Length == 1 && p.Tokens.Length > 1 && p.Tokens.Contains(tokens[0], StringComparer.OrdinalIgnoreCase))
            ?? _all.Find(p => tokens.Length > 1 && tokens.All(t => p.Tokens.Contains(t, StringComparer.OrdinalIgnoreCase)))
            ?? _all.Find(p => p.Tokens.Length < tokens.Length && EndsWith(tokens, p.Tokens));
    }

    public Named Person(NamePhrase phrase)
    {
        var person = Find(phrase.Tokens) ?? Add(phrase.Name);
        if (person.Gender == '?' && phrase.Gender != '?')
        {
            person.Gender = phrase.Gender;
        }

        return person;
    }

    // "the prime minister", "the secretary of state": the person the story gave that title.
    public Named? ByTitle(string title)
    {
        var words = title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("the" or "a" or "an")).ToArray();
        if (words.Length == 0)
        {
            return null;
        }

        var wanted = string.Join(' ', words);
        return _all.Find(p => p.Titles.Any(t => t == wanted))
            ?? _all.Find(p => p.Titles.Any(t => t.EndsWith(" " + wanted, StringComparison.Ordinal) && !ChangesTheOffice(t[..^(wanted.Length + 1)])))
            ?? _all.Find(p => p.Titles.Any(t => t.Split(' ')[^1] == words[^1] && words.Length == 1));
    }

    // "the prime minister" is not the deputy prime minister, nor "the foreign secretary" a former one.
    private static bool ChangesTheOffice(string before) =>
        before.Split(' ')[^1] is "deputy" or "vice" or "shadow" or "former" or "ex" or "assistant" or "junior" or "acting" or "under" or "associate";

    private static bool EndsWith(string[] tokens, string[] tail) =>
        tokens.Length >= tail.Length && tokens.Skip(tokens.Length - tail.Length).SequenceEqual(tail, StringComparer.OrdinalIgnoreCase);
}
