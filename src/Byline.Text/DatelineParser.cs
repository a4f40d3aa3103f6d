using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>
/// Splits the dateline off a story's opening paragraph: "Kuala Lumpur: ...", "NEW DELHI, Oct 27
/// (Reuters) - ...", "WASHINGTON (AP) — ...", "Islamabad, Pakistan – ...", "MANILA/BEIJING, Oct 27
/// (Reuters) - ...". A dateline is a short place name (capitalised words, with particles like "de"
/// or "es"; several joined by slashes), then optionally a date and an agency in brackets, then a
/// colon or a dash. Anything else ("However: ...", "He said: ...", a long clause) is left alone.
/// </summary>
public static partial class DatelineParser
{
    private const int MaxHeadLength = 70;

    /// <summary>Splits a leading dateline off a paragraph; null when the paragraph has none.</summary>
    public static (Dateline Dateline, string Remainder)? Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = paragraph.Trim();
        var (sepStart, sepEnd) = FindSeparator(text);
        if (sepStart <= 0)
        {
            return null;
        }

        var rest = text[sepEnd..].TrimStart();
        if (rest.Length == 0 || ReadHead(text[..sepStart].Trim()) is not { } dateline)
        {
            return null;
        }

        // "LONDON (Reuters) - eBay said" opens with a lowercase brand; "Rubio — who spoke there — said"
        // is a sentence with an aside. Only a head that is plainly a dateline may precede lowercase.
        var plainlyDateline = dateline.Agency is not null || dateline.Date is not null || IsShouted(dateline.Place);
        var opensAside = text[sepStart] == '-' ? rest.Contains(" - ", StringComparison.Ordinal)
            : text[sepStart] != ':' && rest.Contains(text[sepStart], StringComparison.Ordinal);
        return OpensSentence(rest[0]) || (plainlyDateline && !opensAside) ? (dateline, rest) : null;
    }

    internal static Dateline? ReadHead(string head)
    {
        string? agency = null;
        var bracket = Agency().Match(head);
        if (bracket.Success)
        {
            agency = bracket.Groups["agency"].Value.Trim();
            head = head[..bracket.Index].Trim();
        }

        var parts = head.Split(',', StringSplitOptions.TrimEntries).ToList();
        if (parts.Count > 4 || parts.Exists(p => p.Length == 0))
        {
            return null;
        }

        // "October 27, 2025" is one date split by its own comma.
        string? date = null;
        if (parts.Count >= 3 && Year().IsMatch(parts[^1]) && DatelineDate().IsMatch(parts[^2]))
        {
            date = parts[^2] + ", " + parts[^1];
            parts.RemoveRange(parts.Count - 2, 2);
        }
        else if (parts.Count >= 2 && DatelineDate().IsMatch(parts[^1]))
        {
            date = parts[^1];
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count is 0 or > 2 || !PlaceNames.IsPlaces(parts[0]) || (parts.Count == 2 && !PlaceNames.IsRegion(parts[1])))
        {
            return null;
        }

        return new Dateline(string.Join(", ", parts), date, agency);
    }

    // The first colon or dash within reach: a colon (not inside a clock time), an em or en dash
    // with or without spaces, or a hyphen/double hyphen only when spaced (so "U.S.-Pakistan" is no separator).
    private static (int Start, int End) FindSeparator(string text)
    {
        var depth = 0;
        for (var i = 0; i < Math.Min(text.Length, MaxHeadLength); i++)
        {
            var c = text[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth > 0)
            {
                continue;
            }
            else if (c == ':' && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                return (i, i + 1);
            }
            else if (c is '—' or '–' or '―')
            {
                return (i, i + 1);
            }
            else if (c == '-' && i > 0 && text[i - 1] == ' ')
            {
                var end = i + 1 < text.Length && text[i + 1] == '-' ? i + 2 : i + 1;
                if (end < text.Length && text[end] == ' ')
                {
                    return (i, end);
                }
            }
        }

        return (-1, -1);
    }

    private static bool IsShouted(string place) => place.Count(char.IsLetter) >= 3 && !place.Any(char.IsLower);

    private static bool OpensSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || (char.IsLetter(c) && !char.IsLower(c))
        || c is '"' or '“' or '‘' or '\'' or '«' or '„' or '(' or '[' or '$' or '£' or '€' or '₹';

    [GeneratedRegex(@"\((?<agency>[\p{Lu}][\p{L}&.\-' ]{0,30})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Agency();

    [GeneratedRegex(@"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)(?:\s+\d{4})?$|^\d{4}-\d{2}-\d{2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatelineDate();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();
}
