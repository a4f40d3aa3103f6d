using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Byline.Api.Quotes;

// ?speaker=&q=&page=&limit= for /api/quotes. The words of q are its runs of letters and digits,
// lowercased, so punctuation, quotation marks and LIKE's wildcards ("%", "_") are never searched
// for; a page or limit that is not a number is refused by name, and a limit over the most is
// capped, as Ghost caps it.
public sealed record QuoteParameters(string? Speaker, IReadOnlyList<string> Words, bool HasQuery, int Page, int Limit)
{
    public const int DefaultLimit = 15;
    public const int MaxLimit = 100;
    public const int MaxQueryLength = 200;
    public const int MaxWords = 8;

    // A q that was given but holds no word ("%", "--") matches nothing, rather than everything.
    public bool MatchesNothing => HasQuery && Words.Count == 0;

    public static (QuoteParameters Parameters, Dictionary<string, string[]> Errors) Read(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var text = First(query["q"]);
        List<string> words = [];
        if (text?.Length > MaxQueryLength)
        {
            errors["q"] = [$"Use at most {MaxQueryLength} characters."];
        }
        else if (text is not null && (words = WordsOf(text)).Count > MaxWords)
        {
            errors["q"] = [$"Use at most {MaxWords} words."];
        }

        var page = 1;
        if (First(query["page"]) is { } p &&
            !(IsNumber(p) && int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1))
        {
            errors["page"] = ["Use a page number: 1, 2, 3..."];
        }

        var limit = DefaultLimit;
        if (First(query["limit"]) is { } l)
        {
            if (!IsNumber(l) || l.TrimStart('0').Length == 0)
            {
                errors["limit"] = [$"Use a number of quotes from 1 to {MaxLimit}."];
            }
            else
            {
                limit = int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, MaxLimit) : MaxLimit;
            }
        }

        return (new QuoteParameters(First(query["speaker"])?.ToLowerInvariant(), words, text is not null, page, limit), errors);
    }

    // Letters (with the marks that belong to them) and digits; everything else separates words.
    public static List<string> WordsOf(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Composed(text))
        {
            if (char.IsLetterOrDigit(c) || (word.Length > 0 && IsMark(c)))
            {
                word.Append(c);
                continue;
            }

            Flush();
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0 && word.ToString().ToLowerInvariant() is var found && !words.Contains(found))
            {
                words.Add(found);
            }

            word.Clear();
        }
    }

    // "é" typed as e and a combining accent finds the "é" of a story; text that is not valid
    // Unicode (a lone surrogate, U+FFFE) cannot be composed and is read as it is.
    private static string Composed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsNumber(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);

    private static string? First(StringValues values) => values.Count > 0 && !string.IsNullOrWhiteSpace(values[0]) ? values[0]!.Trim() : null;
}
