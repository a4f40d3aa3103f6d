using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>
/// What a reporter's name looks like: capitalised words ("José Álvarez", "O'Brien", "al-Rashid",
/// initials like "S."), joined by lowercase particles ("Siti Nurhaliza binti Tarudin", "van der Berg").
/// </summary>
internal static partial class AuthorNames
{
    private const int MaxWords = 6;

    private static readonly HashSet<string> _particles = new(StringComparer.Ordinal)
    {
        "bin", "binti", "bint", "ibn", "van", "von", "der", "den", "de", "da", "das", "do", "dos", "del",
        "della", "di", "du", "la", "le", "al", "el", "ter", "ten", "y", "zu", "af", "av", "e",
    };

    // Capitalised words that open sentences in bios and bylines but never a person's name.
    private static readonly HashSet<string> _neverFirst = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "our", "he", "she", "they", "his", "her", "their", "this", "that", "with", "in",
        "as", "for", "at", "after", "before", "since", "when", "while", "i", "we", "it", "staff", "special",
        "senior", "by", "from", "on", "about", "written", "follow", "email", "contact", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
    };

    /// <summary>The whole line is a name and nothing else ("Aryan Singh", "JANE DOE").</summary>
    public static string? FromLine(string line)
    {
        var words = Words.First(line.Trim(), MaxWords + 1);
        return words.Length is >= 2 and <= MaxWords && IsNameRun(words) ? Tidy(words) : null;
    }

    /// <summary>
    /// The name a bio opens with: "Aryan Singh is a political reporter..." gives "Aryan Singh".
    /// The run of name words must end where a lowercase word (the verb) or a comma begins.
    /// </summary>
    public static string? FromBio(string bio)
    {
        var words = Words.First(bio.Trim(), MaxWords + 2);
        var run = new List<string>();
        var closed = false;
        foreach (var raw in words)
        {
            var word = raw.TrimEnd(',', ';', ':');
            var possessive = Possessive().Match(word);
            if (possessive.Success)
            {
                word = possessive.Groups[1].Value;
            }

            if (run.Count == MaxWords || !(IsNameWord(word) || (run.Count > 0 && _particles.Contains(word))))
            {
                closed = run.Count > 0 && raw.Length > 0 && (char.IsLower(raw[0]) || raw[0] == '(');
                break;
            }

            run.Add(word);
            if (word.Length != raw.Length)
            {
                closed = true;
                break;
            }
        }

        while (run.Count > 0 && _particles.Contains(run[^1]))
        {
            run.RemoveAt(run.Count - 1);
        }

        return closed && run.Count >= 2 && IsNameRun(run) ? Tidy(run) : null;
    }

    public static bool IsNameRun(IReadOnlyList<string> words) =>
        words.Count > 0
        && !_neverFirst.Contains(words[0])
        && IsNameWord(words[0])
        && IsNameWord(words[^1])
        && words.All(w => IsNameWord(w) || _particles.Contains(w));

    public static bool IsNameWord(string word) => NameWord().IsMatch(word) || CaselessWord().IsMatch(word);

    /// <summary>A name in a script written without spaces between its parts: "王小明", "김민준".</summary>
    public static bool IsUnspacedName(IReadOnlyList<string> words) => words.Count == 1 && UnspacedName().IsMatch(words[0]);

    // Wire bylines shout ("BY JANE DOE"); the newsroom keeps names in their ordinary case.
    public static string Tidy(IEnumerable<string> words)
    {
        var list = words.ToList();
        if (list.Exists(w => w.Any(char.IsLower)))
        {
            return string.Join(' ', list);
        }

        return string.Join(' ', list.Select(w => _particles.Contains(w.ToLowerInvariant())
            ? w.ToLowerInvariant()
            : TitleCase(w)));
    }

    private static string TitleCase(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '-' or '\'' or '’' or '.')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"^(?:(?:al|el|ad|ar|as|at|an|ul|ud|bin|ibn|abu|abd)[-‑])?[\p{Lu}\p{Lt}][\p{L}\p{M}'’\-‑.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    // Arabic, Hebrew, Devanagari and other scripts have no capitals: any word of their letters may be a name.
    [GeneratedRegex(@"^\p{Lo}[\p{Lo}\p{M}]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CaselessWord();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsHangulSyllables}\p{IsKatakana}\p{IsHiragana}·・]{2,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex UnspacedName();

    [GeneratedRegex(@"^(\p{L}[\p{L}\p{M}\-]*)['’]s$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
