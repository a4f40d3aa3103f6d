using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>A byline line read: the reporters it names, and a date if it carried one.</summary>
internal sealed record BylineCredit(IReadOnlyList<string> Names, DateTimeOffset? PublishedAt);

/// <summary>
/// Reads bylines: "By Jane Doe and John Smith", "BY JANE DOE", "By Jane Doe, Staff Reporter",
/// "By Jane Doe | Reuters", "Written by Jane Doe", Malay and Indonesian "Oleh Ahmad Faizal". A line
/// that names no plausible person is not a byline, so "By Tuesday the talks had stalled" stays in the story.
/// </summary>
internal static partial class Bylines
{
    // Words that make a byline segment a job title or an outlet rather than another name.
    private static readonly HashSet<string> _titleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "reporter", "correspondent", "editor", "writer", "staff", "bureau", "chief", "contributor",
        "columnist", "analyst", "desk", "journalist", "producer", "photographer", "team", "service",
        "agency", "press", "wire", "wires", "news", "online", "digital", "web", "political", "senior",
        "special", "associate", "deputy", "managing", "executive", "foreign", "national", "international",
        "business", "sports", "intern", "fellow", "critic", "anchor", "host", "head", "director", "media",
        "times", "post", "herald", "tribune", "express", "journal", "daily", "network", "newsroom",
    };

    // Single-word bylines that are wire services, not people.
    private static readonly HashSet<string> _agencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "reuters", "ap", "afp", "pti", "ians", "ani", "uni", "bloomberg", "xinhua", "bernama", "dpa",
        "efe", "upi", "ansa", "kyodo", "yonhap", "tass", "aap", "cnn", "bbc", "agencies", "staff",
    };

    // A byline with its job title, outlet and date; a longer line is a sentence ("By Tuesday ...").
    private const int MaxWords = 40;

    // Last words of a credit that names a desk rather than a person: "Web Desk", "Our Correspondent".
    private static readonly HashSet<string> _desks = new(StringComparer.OrdinalIgnoreCase)
    {
        "desk", "bureau", "team", "staff", "newsroom", "network", "service", "services", "agencies",
        "reporter", "reporters", "correspondent", "correspondents",
    };

    public static BylineCredit? Read(string line)
    {
        var match = Words.AtMost(line, MaxWords) ? Lead().Match(line) : Match.Empty;
        if (!match.Success)
        {
            return null;
        }

        var segments = Segment().Split(match.Groups["rest"].Value);
        var names = ReadNames(segments[0]);
        if (names is null)
        {
            return null;
        }

        DateTimeOffset? date = null;
        foreach (var segment in segments.Skip(1))
        {
            date ??= PublicationDates.ReadLine(segment)?.Date;
        }

        return new BylineCredit(names, date);
    }

    // "Jane Doe, John Smith and Ann Lee, Staff Reporters" → three names; null if a piece is no name.
    public static List<string>? ReadNames(string text)
    {
        var names = new List<string>();
        var pieces = text.Trim().TrimEnd('.').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var listed in pieces)
        {
            var piece = LeadingJoiner().Replace(listed, string.Empty); // the Oxford comma's ", and Ann Lee"
            if (names.Count > 0 && IsTitle(piece))
            {
                break;
            }

            foreach (var part in Joiner().Split(piece))
            {
                var person = Place().Replace(part.Trim(), string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (person.Length == 0)
                {
                    continue;
                }

                if (AuthorNames.IsUnspacedName(person))
                {
                    names.Add(person[0]); // "王小明": Chinese, Japanese and Korean names are written unspaced
                    continue;
                }

                if (names.Count == 0 && (_desks.Contains(person[^1]) || (person.Length == 1 && pieces.Length == 1
                    && (_agencies.Contains(person[0]) || person[0].All(c => !char.IsLower(c))))))
                {
                    return names; // "By Reuters", "By Express Web Desk": a credit naming an outlet, no person.
                }

                if (names.Count > 0 && person.Length == 1 && PlaceNames.IsPlace(person[0]))
                {
                    return names; // "By Jane Doe, Jakarta": where she filed from
                }

                if (person.Length < 2 || person.Length > 6 || !AuthorNames.IsNameRun(person))
                {
                    return names.Count > 0 && IsTitle(piece) ? names : null;
                }

                names.Add(AuthorNames.Tidy(person));
            }
        }

        return names.Count > 0 ? names : null;
    }

    private static bool IsTitle(string piece) =>
        char.IsLower(piece[0]) || piece.Any(char.IsDigit)
        || piece.Split(' ').Any(w => _titleWords.Contains(w) || _agencies.Contains(w));

    [GeneratedRegex(@"^(?:by|oleh|written\s+by|words\s+by|reported\s+by|story\s+by|text\s+by|report\s+by|posted\s+by|author)\s*:?\s+(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\s+[|•·—–]\s+|\s+-\s+")]
    private static partial Regex Segment();

    [GeneratedRegex(@"^\s*(?:and|&)\s+|\s+(?:and|AND|&)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^(?:and|&)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingJoiner();

    // "Jane Doe in New Delhi", "Jane Doe for The Guardian": where or for whom, not part of the name.
    [GeneratedRegex(@"\s+(?:in|for|at|from)\s+.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Place();
}
