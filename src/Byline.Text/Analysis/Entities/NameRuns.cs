using System.Text.RegularExpressions;

namespace Byline.Text.Analysis.Entities;

/// <summary>One run of capitalised words in a paragraph, as it stands in the text.</summary>
/// <param name="Text">The words, possessive and edge punctuation taken off.</param>
/// <param name="Index">Offset in the paragraph.</param>
/// <param name="OpensSentence">The run's first word is the first of its sentence, so its capital says nothing.</param>
/// <param name="Before">The lowercase word just before the run ("in", "from", "the"), lowercased; "" when none.</param>
/// <param name="Preposition">The lowercase word before the run, an article between passed over ("at" in "at the Capitol").</param>
internal readonly record struct NameRun(string Text, int Index, bool OpensSentence, string Before, string Preposition = "");

/// <summary>
/// The runs of capitalised words in a paragraph that could be names: "Tony Blair", "Bank of England",
/// "Department for Work and Pensions", "Datuk Seri Anwar Ibrahim". Small words join a run only
/// between capitals ("of", "for", "and", "bin", "van", "de"); a run ends at punctuation other than
/// the full stop of an initial or a title ("U.S.", "Sen.").
/// </summary>
internal static partial class NameRuns
{
    private const string Word = @"(?:(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Jr|Sr|St|Lt|Gen|Col|Capt|Sgt|Prof|Rev|Hon|Smt)\.|[A-Z][\p{L}\p{M}0-9'’\-]*s['’](?=\s[A-Z])|[A-Z][\p{L}\p{M}0-9'’\-]*[\p{L}\p{M}0-9]|[A-Z])";

    [GeneratedRegex(Word + @"(?:\s(?:(?:of|for|and|on|bin|binti|bte|van|von|de|da|di|del|der|al|el|le|ibn|dos|du|the)\s){0,2}" + Word + ")*")]
    private static partial Regex Run();

    public static IEnumerable<NameRun> In(string paragraph)
    {
        foreach (Match match in Run().Matches(paragraph))
        {
            var text = Trim(match.Value);
            if (text.Length == 0)
            {
                continue;
            }

            var before = WordBefore(paragraph, match.Index);
            var preposition = before is "the" or "a" or "an" or "its" or "their" or "his" or "her" ? WordBefore(paragraph, match.Index - before.Length - 1) : before;
            yield return new NameRun(text, match.Index, OpensSentence(paragraph, match.Index), before, preposition);
        }
    }

    // "Blair's" is Blair; a connector left at the end ("Bank of") is no part of the name, nor is a
    // day or a month it joins ("the Commons on Tuesday", "the Senate in March").
    private static string Trim(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var date = words.Count > 1 ? words.FindIndex(1, w => Organisations.Calendar.Contains(w.TrimEnd(','))) : -1;
        if (date > 0 && char.IsLower(words[date - 1][0]))
        {
            words.RemoveRange(date, words.Count - date);
        }

        if (words.Count > 0 && (words[^1].EndsWith("'s", StringComparison.Ordinal) || words[^1].EndsWith("’s", StringComparison.Ordinal)))
        {
            words[^1] = words[^1][..^2];
        }
        else if (words.Count > 0 && (words[^1].EndsWith('\'') || words[^1].EndsWith('’')))
        {
            words[^1] = words[^1][..^1];
        }

        while (words.Count > 0 && words[^1].Length > 0 && char.IsLower(words[^1][0]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words.Where(w => w.Length > 0));
    }

    private static bool OpensSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '‘' or '\'' or '(' or '['))
        {
            i--;
        }

        if (i < 0)
        {
            return true;
        }

        return text[i] is '.' or '!' or '?' or ':' or '—' or '–' && !(text[i] == '.' && i > 0 && IsInitialOrTitle(text, i));
    }

    // "U.S. Sen. Jane Doe": a full stop that closes an abbreviation ends no sentence.
    private static bool IsInitialOrTitle(string text, int dot)
    {
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var word = text[start..(dot + 1)];
        return word.Length <= 2 || word.Count(c => c == '.') > 1 || Quotes.NameWords.Honorifics.Contains(word) || Quotes.NameWords.Titles.Contains(word);
    }

    private static string WordBefore(string text, int index)
    {
        var end = Math.Max(index, 0);
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && char.IsLower(text[start]) ? text[start..end] : "";
    }
}
