using Byline.Text.Analysis.Quotes;

namespace Byline.Text.Analysis;

/// <summary>
/// Finds the direct quotes of a story and attributes each to its speaker. Every span a double
/// quotation mark opens is read in its sentence with the quoted words masked out: a reporting
/// clause beside it names the speaker (`"...," he said`, `Mr Howard said: "..."`, `according to`);
/// a span with none carries on the quote before it (a split quote, a later paragraph) or floats
/// after the person last in view. Titles, nicknames and scare quotes are told apart by what stands
/// around them ("a report called", "the so-called", a "yes" vote, a short span no one is said to say).
/// </summary>
public static class QuoteFinder
{
    private const int MaxParagraphLength = 20_000;

    public static IReadOnlyList<Quote> Find(StoryText story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var paragraphs = Bounded(story);
        return Find(paragraphs, People.Read(paragraphs));
    }

    // Paragraphs past this length are read only up to it: no news paragraph comes near.
    internal static List<string> Bounded(StoryText story) =>
        story.Paragraphs.Select(p => p is null ? "" : p.Length > MaxParagraphLength ? p[..MaxParagraphLength] : p).ToList();

    internal static IReadOnlyList<Quote> Find(IReadOnlyList<string> paragraphs, People people)
    {
        var speakers = new Speakers(people);
        var quotes = new List<Quote>();
        QuoteSpan? previous = null;
        Quote? previousQuote = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var spans = QuoteSpans.Find(text, p);
            var masked = Sentences.Mask(text, spans);
            var sentences = Sentences.Bounds(text, masked);
            var spanIndex = 0;
            foreach (var (from, to) in sentences)
            {
                for (; spanIndex < spans.Count && spans[spanIndex].Open < to; spanIndex++)
                {
                    var span = spans[spanIndex];
                    var quote = Read(text, masked, span, from, to, previous, previousQuote, speakers);
                    previous = span;
                    if (quote is not null)
                    {
                        quotes.Add(quote);
                        previousQuote = quote;
                    }
                }

                speakers.NoteSentence(masked[from..to], Attribution.Subjects(masked[from..to]));
            }
        }

        return quotes;
    }

    private static Quote? Read(string text, string masked, QuoteSpan span, int from, int to, QuoteSpan? previous, Quote? previousQuote, Speakers speakers)
    {
        var quoted = text[span.Start..span.End];
        var before = masked[from..span.Open];
        var after = span.Closed ? masked[span.Close..Math.Max(span.Close, to)] : "";
        var cue = (span.Closed ? Attribution.AfterQuote(after) : null) ?? Attribution.BeforeQuote(before);
        var sentence = masked[from..to];
        var runsOn = previousQuote is not null && previous is not null && previousQuote.Paragraph == previous.Paragraph
            && previousQuote.Start == previous.Start && RunsOn(previous, span, masked);
        if (!runsOn && NotAQuote.Is(quoted, before, after, cue, sentence, span.Paragraph))
        {
            return null;
        }

        var fragment = quoted.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= 3;
        if (cue is null || (runsOn && cue.After == false && previousQuote!.Cue == cue.Verb && before.Trim().Length < 40))
        {
            if (runsOn)
            {
                return new Quote(quoted, previousQuote!.Speaker, previousQuote.Mention, span.Paragraph, span.Start, span.Length,
                    Cue: previousQuote.Cue, Role: previousQuote.Role, IsFragment: fragment, Continues: true);
            }

            var floating = speakers.Latest;
            return new Quote(quoted, floating, floating, span.Paragraph, span.Start, span.Length, Cue: null, IsFragment: fragment);
        }

        var speaker = speakers.Resolve(cue.Who, sentence);
        return new Quote(quoted, speaker, speaker is null ? null : cue.Who, span.Paragraph, span.Start, span.Length, Cue: cue.Verb, IsFragment: fragment);
    }

    // A span carries on the one before when that one ran on unclosed, or when only its attribution
    // stands between them: `"Q1," he said. "Q2"`.
    private static bool RunsOn(QuoteSpan previous, QuoteSpan span, string masked)
    {
        if (!previous.Closed)
        {
            return true;
        }

        if (previous.Paragraph == span.Paragraph)
        {
            var between = masked[previous.Close..span.Open];
            return Words(between) <= 8 && Attribution.AfterQuote(between) is not null && !between.Contains(':', StringComparison.Ordinal);
        }

        // Across paragraphs a closed quote followed by another floats: it takes the speaker last in view.
        return false;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
