namespace Byline.Text.Analysis.Quotes;

/// <summary>A paragraph's sentences, found with the quoted words masked so their full stops split nothing.</summary>
internal static class Sentences
{
    public const char MaskChar = '_';

    public static string Mask(string text, IReadOnlyList<QuoteSpan> spans)
    {
        var chars = text.ToCharArray();
        foreach (var span in spans)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                chars[i] = MaskChar;
            }
        }

        return new string(chars);
    }

    public static List<(int From, int To)> Bounds(string text, string masked)
    {
        var bounds = new List<(int, int)>();
        var from = 0;
        for (var i = 0; i < masked.Length; i++)
        {
            var c = masked[i];
            var endsHere = c is '.' or '!' or '?' && !IsAbbreviation(masked, i);

            // A quote that ends its sentence: `... we will win." He said`.
            if (c is '"' or '”' && i > 0 && text[i - 1] is '.' or '!' or '?' && masked[i - 1] == MaskChar)
            {
                endsHere = true;
            }

            if (!endsHere)
            {
                continue;
            }

            var end = i + 1;
            while (end < masked.Length && masked[end] is '"' or '”' or '’' or ')')
            {
                end++;
            }

            var next = end;
            while (next < masked.Length && masked[next] == ' ')
            {
                next++;
            }

            if (next >= masked.Length || (next > end && (char.IsUpper(masked[next]) || masked[next] is '"' or '“' or '‘' or '\'')))
            {
                bounds.Add((from, end));
                from = next;
                i = next - 1;
            }
        }

        if (from < masked.Length)
        {
            bounds.Add((from, masked.Length));
        }

        return bounds;
    }

    // "Mr.", "U.S.", "Sen.", "J." end no sentence.
    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '"' or '“'))
        {
            start--;
        }

        var word = text[start..(dot + 1)];
        if (!word.Any(char.IsLetter))
        {
            return false;
        }

        return word.Length <= 2 || word.Count(ch => ch == '.') > 1 && word.Length <= 6 && !word.EndsWith("..", StringComparison.Ordinal)
            || NameWords.Honorifics.Contains(word) || NameWords.Titles.Contains(word)
            || word is "St." or "Jr." or "Sr." or "No." or "Inc." or "Ltd." or "Co." or "Corp." or "vs." or "etc." or "Gen." or "Mt." or "Ft.";
    }
}
