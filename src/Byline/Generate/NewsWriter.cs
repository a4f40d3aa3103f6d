using System.Globalization;

namespace Byline.Generate;

// Headlines, deks and paragraphs in the shape of wire copy, from the vocabulary: people with
// roles and titles, places, named organisations, numbers and times, and quoted speech attributed
// the ways reporters attribute it (before the quote, after it, split around it, by a pronoun or a
// second reference, a few words set in the reporter's sentence), so the analysis has real work. The words are drawn on Zipf curves, so common
// words are in most stories and rare ones in a few, as search ranking and prefix expansion expect.
public sealed class NewsWriter(Vocabulary words)
{
    public string Headline(Rng r)
    {
        var v = words.Verb(r);
        return Capitalise(r.Next(7) switch
        {
            0 => $"{W("place", r)} {W("orgkind", r)} {v.Third} {W("adj", r)} {W("noun", r)} plan",
            1 => $"{W("people", r)} in {W("place", r)} {v.Base} {W("noun", r)} as {W("noun", r)} {words.Verb(r).Third}",
            2 => $"{W("adj", r)} {W("noun", r)} {v.Third} {W("noun", r)} {W("prep", r)} {W("place", r)}",
            3 => $"{Last(r)} {v.Third} {W("adj", r)} {W("noun", r)}: what {W("people", r)} need to know",
            4 => $"{W("place", r)} {W("noun", r)} {v.Third} {W("adj", r)} {W("noun", r)} {W("time", r)}",
            5 => $"Why the {W("adj", r)} {W("noun", r)} in {W("place", r)} {v.Third} {W("people", r)}",
            _ => $"{W("orgkind", r)} to {v.Base} {W("noun", r)} after {W("adj", r)} {W("noun", r)} {W("prep", r)} {W("place", r)}",
        });
    }

    public string Dek(Rng r) => Sentence(r, r.Next(4) switch { 0 => 1, 1 => 5, 2 => 8, _ => 10 });

    // 4 to 9 paragraphs of 40 to 90 words each.
    public List<string> Paragraphs(Rng r)
    {
        var paragraphs = new List<string>(9);
        for (int i = 0, count = r.Between(4, 9); i < count; i++)
        {
            paragraphs.Add(Paragraph(r, r.Between(40, 90)));
        }

        return paragraphs;
    }

    public string Person(Rng r) => $"{W("first", r)} {Last(r)}";

    public string Org(Rng r) => $"{W("place", r)} {W("orgkind", r)}";

    private string Paragraph(Rng r, int target)
    {
        var sentences = new List<string>(6);
        var count = 0;
        while (count < 40 || (count < target && sentences.Count < 6))
        {
            var sentence = Sentence(r, r.Next(Shapes));
            var n = WordCount(sentence);
            if (count + n > 90)
            {
                // Long enough already: end here. Short still: draw another, a shorter one will come.
                if (count >= 40)
                {
                    break;
                }

                continue;
            }

            sentences.Add(sentence);
            count += n;
        }

        return string.Join(' ', sentences);
    }

    private const int Shapes = 17;

    private string Sentence(Rng r, int shape)
    {
        var v = words.Verb(r);
        if (shape >= 12)
        {
            return Quoted(r, shape, v);
        }

        return Capitalise(shape switch
        {
            0 => $"{Person(r)}, {W("role", r)} of the {Org(r)}, said the {W("noun", r)} would {v.Base} the {W("adj", r)} {W("noun", r)} {W("time", r)}.",
            1 => $"The {Org(r)} {v.Past} the {W("adj", r)} {W("noun", r)} {W("time", r)}, citing {W("adj", r)} {W("noun", r)} {W("prep", r)} {W("place", r)}.",
            2 => $"{W("people", r)} {W("prep", r)} {W("place", r)} said the {W("noun", r)} {v.Past} their {W("noun", r)} twice this year.",
            3 => $"More than {Number(r)} {W("people", r)} {v.Past} the {W("noun", r)} {W("time", r)}, according to the {Org(r)}.",
            4 => $"“The {W("noun", r)} will {v.Base} {Number(r)} {W("people", r)} by {r.Between(2027, 2035)},” said {Person(r)}, {W("role", r)} at the {Org(r)}.",
            5 => $"Analysts expect the {W("noun", r)} to {v.Base} the {W("adj", r)} {W("noun", r)} {W("prep", r)} {W("place", r)} over the next {r.Between(2, 18)} months.",
            6 => $"The {W("noun", r)} comes {r.Between(2, 11)} weeks after a {W("adj", r)} {W("noun", r)} {v.Past} the {W("noun", r)} {W("prep", r)} {W("place", r)}.",
            7 => $"{Person(r)} told reporters in {W("place", r)} on {W("weekday", r)} that the {W("orgkind", r)} was ready to {v.Base} the {W("noun", r)}.",
            8 => $"It was not clear whether the {W("noun", r)} would {v.Base} the {W("adj", r)} {W("noun", r)}, which {words.Verb(r).Past} the {W("noun", r)} {W("time", r)}.",
            9 => $"{W("people", r)} have long called for a {W("adj", r)} {W("noun", r)}, and {W("people", r)} in {W("place", r)} {v.Past} a {W("noun", r)} {W("time", r)}.",
            10 => $"The {W("adj", r)} {W("noun", r)} is expected to cost RM{r.Between(2, 900)} million and to {v.Base} about {Number(r)} {W("people", r)}.",
            _ => $"{W("people", r)} said the {W("adj", r)} {W("noun", r)} had left {W("people", r)} {W("prep", r)} {W("place", r)} waiting for the {W("noun", r)}.",
        });
    }

    // Speech: the speaker named with a title or a role at a named organisation, then, in the same
    // breath, referred back to by surname or pronoun.
    private string Quoted(Rng r, int shape, VerbForms v)
    {
        var first = W("first", r);
        var last = Last(r);
        var org = W("org", r);
        var pronoun = r.Chance(0.5) ? "he" : "she";
        return shape switch
        {
            12 => $"{W("title", r)} {first} {last} said: “The {W("noun", r)} will {v.Base} the {W("adj", r)} {W("noun", r)} {W("time", r)}.”",
            13 => $"“We will {v.Base} the {W("noun", r)} {W("time", r)},” said {first} {last}, {W("role", r)} of the {org}. “{Capitalise(W("people", r))} {W("prep", r)} {W("place", r)} deserve a {W("adj", r)} {W("noun", r)}.”",
            14 => $"The {org} said in a statement that the {W("noun", r)} was “{W("adj", r)}” and would be {words.Verb(r).Past} {W("time", r)}.",
            15 => $"{first} {last}, who heads the {org} in {W("place", r)}, told reporters the {W("noun", r)} was on track. “There is no {W("noun", r)} without {W("noun", r)},” {pronoun} said.",
            _ => $"“It is too early to say whether the {W("noun", r)} will {v.Base} {W("people", r)},” {W("title", r)} {first} {last} told the {org}, adding that Mr {last} would {words.Verb(r).Base} the {W("noun", r)} {W("time", r)}.",
        };
    }

    private string W(string list, Rng r) => words.Pick(list, r);

    private string Last(Rng r) => W("last", r);

    private static string Number(Rng r) => r.Next(3) switch
    {
        0 => r.Between(2, 99).ToString(CultureInfo.InvariantCulture),
        1 => r.Between(100, 999).ToString(CultureInfo.InvariantCulture),
        _ => (r.Between(1, 250) * 100).ToString("N0", CultureInfo.InvariantCulture),
    };

    private static int WordCount(string text) => text.Count(c => c == ' ') + 1;

    public static string Capitalise(string text) => text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
