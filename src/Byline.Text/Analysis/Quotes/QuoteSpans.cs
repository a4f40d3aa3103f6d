namespace Byline.Text.Analysis.Quotes;

/// <summary>One span opened by a double quotation mark, and where its paragraph's text around it lies.</summary>
internal sealed record QuoteSpan(int Paragraph, int Open, int Start, int End, int Close, bool Closed)
{
    // Open: index of the opening mark. Start/End: the quoted text. Close: index just after the
    // closing mark (End when the span runs to the end of its paragraph unclosed).
    public int Length => End - Start;
}

/// <summary>
/// Finds the spans that double quotation marks open. Curly marks say which way they face; a
/// straight mark opens after a space or an opening bracket and closes before one. An opening mark
/// met while a span is open ends that span unclosed (a quote whose paragraphs were run together),
/// and a span still open at the end of its paragraph runs on into the next.
/// </summary>
internal static class QuoteSpans
{
    public static List<QuoteSpan> Find(string text, int paragraph)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bool opening, closing;
            if (c is '“' or '„' or '«')
            {
                (opening, closing) = (true, false);
            }
            else if (c is '”' or '»')
            {
                (opening, closing) = (false, true);
            }
            else if (c == '"')
            {
                var before = i == 0 ? ' ' : text[i - 1];
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                var looksOpening = (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '\'' or '‘' or ':')
                    && !char.IsWhiteSpace(after);
                var looksClosing = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || i + 1 == text.Length);
                if (open < 0)
                {
                    (opening, closing) = (looksOpening || !looksClosing, false);
                }
                else
                {
                    // Inside a span, a mark that faces neither way closes it: reporters' text is mostly balanced.
                    (opening, closing) = (looksOpening && !looksClosing, !(looksOpening && !looksClosing));
                }
            }
            else
            {
                continue;
            }

            if (opening)
            {
                if (open >= 0)
                {
                    spans.Add(Make(text, paragraph, open, i, i, closed: false));
                }

                open = i;
            }
            else if (closing && open >= 0)
            {
                spans.Add(Make(text, paragraph, open, i, i + 1, closed: true));
                open = -1;
            }
        }

        if (open >= 0)
        {
            spans.Add(Make(text, paragraph, open, text.Length, text.Length, closed: false));
        }

        return spans.Where(s => s.Length > 0 && text.AsSpan(s.Start, s.Length).Trim().Length > 0).ToList();
    }

    private static QuoteSpan Make(string text, int paragraph, int open, int end, int close, bool closed)
    {
        var start = open + 1;
        var stop = end;
        while (start < stop && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (stop > start && char.IsWhiteSpace(text[stop - 1]))
        {
            stop--;
        }

        return new QuoteSpan(paragraph, open, start, stop, close, closed);
    }
}
