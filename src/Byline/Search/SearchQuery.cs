using System.Globalization;
using System.Text;

namespace Byline.Search;

// What a reader typed, reduced to what the full-text engines can be trusted with: words (runs of
// letters and digits) and quoted phrases of such words, all to be found. Operators, punctuation,
// symbols and control characters are dropped, so nothing a reader types reaches FTS5's or
// PostgreSQL's query syntax except words this class wraps in quotes itself.
public sealed class SearchQuery
{
    private const int MaxInput = 256;
    private const int MaxUnits = 16;
    private const int MaxWord = 64;

    // Words this short match only themselves; longer ones also match as prefixes ("flood" finds
    // "floods"), which stands in for stemming, since the index is language-neutral.
    private const int MinPrefix = 3;

    private static readonly HashSet<string> Operators = ["AND", "OR", "NOT", "NEAR"];
    private static readonly HashSet<char> Quotes = ['"', '“', '”', '„', '«', '»'];

    private readonly List<(string[] Words, bool Quoted)> _units = [];

    private SearchQuery()
    {
    }

    public bool IsEmpty => _units.Count == 0;

    // Single words and phrases, in the order typed: ["flood"], ["kota", "bharu"].
    public IReadOnlyList<IReadOnlyList<string>> Units => _units.ConvertAll(u => (IReadOnlyList<string>)u.Words);

    public static SearchQuery Parse(string? text)
    {
        var query = new SearchQuery();
        if (string.IsNullOrWhiteSpace(text))
        {
            return query;
        }

        var input = text.Length > MaxInput ? text[..MaxInput] : text;
        var word = new StringBuilder();
        List<string>? phrase = null;
        foreach (var rune in input.EnumerateRunes())
        {
            var inWord = Rune.IsLetter(rune) || Rune.IsNumber(rune) || (word.Length > 0 && IsMark(rune));
            if (inWord)
            {
                word.Append(rune.ToString());
                continue;
            }

            query.EndWord(word, phrase);
            if (rune.IsBmp && Quotes.Contains((char)rune.Value))
            {
                if (phrase is null)
                {
                    phrase = [];
                }
                else
                {
                    query.Add([.. phrase], quoted: true);
                    phrase = null;
                }
            }
        }

        // An unclosed quote runs to the end of the query.
        query.EndWord(word, phrase);
        if (phrase is not null)
        {
            query.Add([.. phrase], quoted: true);
        }

        return query;
    }

    // FTS5: "word"* AND "two words". Every word is a quoted string, so no character of it is syntax.
    public string ToFts5() => string.Join(" AND ", _units.Select(u =>
        IsPrefix(u) ? Fts5String(u.Words[0]) + "*" : Fts5String(string.Join(' ', u.Words))));

    // PostgreSQL to_tsquery: 'word':* & ('two' <-> 'words'). Quoted lexemes again, for the same reason.
    public string ToTsQuery() => string.Join(" & ", _units.Select(u =>
        u.Words.Length == 1
            ? TsLexeme(u.Words[0]) + (IsPrefix(u) ? ":*" : "")
            : "(" + string.Join(" <-> ", u.Words.Select(TsLexeme)) + ")"));

    private void EndWord(StringBuilder word, List<string>? phrase)
    {
        if (word.Length == 0)
        {
            return;
        }

        var text = word.ToString();
        word.Clear();
        if (text.Length > MaxWord)
        {
            return;
        }

        if (phrase is not null)
        {
            phrase.Add(text.ToLowerInvariant());
        }
        else if (!Operators.Contains(text))
        {
            Add([text.ToLowerInvariant()], quoted: false);
        }
    }

    private void Add(string[] words, bool quoted)
    {
        words = words.Length > MaxUnits ? words[..MaxUnits] : words;
        if (words.Length > 0 && _units.Count < MaxUnits && !_units.Exists(u => u.Quoted == quoted && u.Words.SequenceEqual(words)))
        {
            _units.Add((words, quoted));
        }
    }

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // A quoted word is meant exactly.
    private static bool IsPrefix((string[] Words, bool Quoted) unit) =>
        !unit.Quoted && unit.Words.Length == 1 && new StringInfo(unit.Words[0]).LengthInTextElements >= MinPrefix;

    private static string Fts5String(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string TsLexeme(string word) => "'" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
