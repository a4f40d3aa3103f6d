using System.Text.RegularExpressions;

namespace Byline.Text.Analysis.Quotes;

/// <summary>Who a quote's own sentence says spoke it, as written: "he", "Mr Blair", "a Home Office spokesman".</summary>
internal sealed record Cue(string Who, string Verb, bool After);

/// <summary>
/// The reporting clauses of news copy, read from a paragraph in which every quote's words are
/// masked out (so a verb inside a quote attributes nothing): `"...," X said`, `said X`,
/// `X said: "..."`, `X told reporters "..."`, `according to X`, `X, citing ... "..."`.
/// </summary>
internal static partial class Attribution
{
    private const string Verbs =
        "said|says|say|added|adds|told|tells|stated|states|noted|notes|remarked|explained|explains|warned|warns|insisted|insists|argued|argues|"
        + "claimed|claims|declared|declares|announced|announces|asked|asks|replied|replies|responded|wrote|writes|continued|continues|concluded|"
        + "acknowledged|acknowledges|admitted|admits|agreed|assured|described|describes|called|calls|branded|brands|dismissed|urged|urges|"
        + "suggested|suggests|stressed|stresses|emphasised|emphasized|emphasises|emphasizes|observed|commented|maintained|maintains|conceded|"
        + "complained|predicted|promised|vowed|pledged|accused|criticised|criticized|joked|recalled|cautioned|confirmed|denied|reiterated|"
        + "opined|quipped|shouted|hailed|welcomed|condemned|labelled|labeled|mused|boasted|countered|protested|demanded|advised|revealed|"
        + "believes|believed|hoped|hopes|promises|pointed out|points out|went on|told reporters|"
        + "saying|telling|adding|calling|describing|citing|acknowledging|insisting|warning|arguing|claiming|noting|stressing|urging|"
        + "admitting|declaring|explaining|accusing|branding|dismissing|suggesting|writing|asking|replying|responding|conceding|complaining|"
        + "pledging|vowing|promising|labelling|labeling|emphasising|emphasizing|describing";

    private const string Aux = @"(?:(?:has|have|had|was|were|is|are|will|would|also|later|then|previously|earlier|once|again|repeatedly|recently|further|simply|quickly|publicly|privately|famously|angrily|reportedly|has\s+since)\s+)*";

    // The words of a speaker: a pronoun, a capitalised name with its titles, or a short lowercase phrase.
    private const string Who =
        @"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|it|I|(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\w'’.\-]+\s+){0,5}?(?:spokes(?:wo)?man|spokesperson|official|source|aide)s?(?:\s+for\s+(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:(?:of|for|and|to)\s+(?:the\s+)?)?[A-Z][\w'’.\-]*)*(?:\s+in\s+[A-Z][\w'’.\-]*)?)?|"
        + @"(?:[\w'’.\-]+\s+){0,4}?[A-Z][\w'’.\-]*(?:\s+(?:(?:bin|binti|van|von|de|da|al|ibn)\s+|(?:of|for|to)\s+(?:the\s+)?)?[A-Z][\w'’.\-]*)*|(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree)\s+(?:[a-z][\w'’\-]*\s+){0,3}[a-z][\w'’\-]*|[a-z]+)";

    [GeneratedRegex(@"^[\s,.!?;:—–\-]*(?<verb>" + Verbs + @")\s+(?<who>" + Who + @")(?![\w'’])", RegexOptions.ExplicitCapture)]
    private static partial Regex VerbThenWho();

    [GeneratedRegex(@"^[\s,.!?;:—–\-]*(?<who>" + Who + @")(?<app>\s*,(?>\s*)(?!(?:and|but|or|which|who|while|as|when)\b)[^,_]{1,60},)?\s*,?\s+" + Aux + "(?<verb>" + Verbs + @")\b", RegexOptions.ExplicitCapture)]
    private static partial Regex WhoThenVerb();

    [GeneratedRegex(@"\baccording\s+to\s+(?<who>" + Who + ")", RegexOptions.ExplicitCapture)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"(?<![\w'’.\-])(?<who>" + Who + @")\s*(?<app>(?:,[^,]{1,80}){1,3},\s*)?\s+" + Aux + @"(?<verb>" + Verbs + @")\b", RegexOptions.ExplicitCapture | RegexOptions.RightToLeft)]
    private static partial Regex LastSubjectVerb();

    [GeneratedRegex(@"\b(?<verb>" + Verbs + @")\b", RegexOptions.ExplicitCapture)]
    private static partial Regex AnyVerb();

    // "Mr Kilroy-Silk, who presented a daytime programme on the BBC for 18 years, said": a relative
    // clause between a subject and its verb, taken out before the subject is read. Its commas stay
    // (", ,") so that "Sen. Robert Hale, R-Lancaster, who led..., said" still reads as a name and an aside.
    [GeneratedRegex(@",\s+(?:who|which|whose)\s[^,;:_""“”]{1,240},(?=\s)")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^\s*(?<who>(?:[A-Z][\w'’.\-]*\s*){1,5}):\s*$", RegexOptions.ExplicitCapture)]
    private static partial Regex ColonName();

    [GeneratedRegex(@"^\s*(?<who>[Hh]e|[Ss]he|[Tt]hey|[Ww]e|(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w'’.\-]+\s+){0,6}?[A-Z][\w'’.\-]*(?:\s+(?:(?:of|for|bin|binti|van|von|de|da|al)\s+)?[A-Z][\w'’.\-]*)*)\s*(?:,[^,]{1,80},\s*)?\s+" + Aux, RegexOptions.ExplicitCapture)]
    private static partial Regex SentenceSubject();

    /// <summary>The clause right after a quote's closing mark: `," he said` or `," said Mr Kennedy`.</summary>
    public static Cue? AfterQuote(string after)
    {
        var head = after.Length > 160 ? after[..160] : after;
        if (head.TrimStart().StartsWith('_'))
        {
            return null;
        }

        var m = VerbThenWho().Match(head);
        if (m.Success && !IsOnlyObject(m.Groups["who"].Value) && !IsJoin(m.Groups["who"].Value))
        {
            // `said Lib Dem spokesman Vincent Cable, who...`: the whole phrase up to the clause's end.
            var rest = head[m.Groups["who"].Index..];
            return new Cue(ClauseHead(rest), m.Groups["verb"].Value, After: true);
        }

        m = WhoThenVerb().Match(head);
        return m.Success && Words(m.Groups["who"].Value) <= 9 && !IsJoin(m.Groups["who"].Value) ? new Cue(Subject(head, m), m.Groups["verb"].Value, After: true) : null;
    }

    /// <summary>The clause before a quote in its own sentence: `Mr Howard said: "` or `He described it as "`.</summary>
    public static Cue? BeforeQuote(string before)
    {
        var according = AccordingTo().Match(before);
        if (according.Success)
        {
            return new Cue(TrimWho(according.Groups["who"].Value), "according to", After: false);
        }

        var colon = ColonName().Match(before);
        if (colon.Success)
        {
            return new Cue(colon.Groups["who"].Value.Trim(), ":", After: false);
        }

        var verbs = AnyVerb().Matches(before);
        if (verbs.Count == 0)
        {
            return null;
        }

        // A participle ("..., citing", "while acknowledging that") reports for the sentence's subject.
        var last = verbs[^1];
        var subject = SentenceSubject().Match(before);
        if (last.Value.EndsWith("ing", StringComparison.Ordinal) && subject.Success)
        {
            return new Cue(TrimWho(subject.Groups["who"].Value), last.Value, After: false);
        }

        var clause = RelativeClause().Replace(before[..(last.Index + last.Length)], ", ,");
        var m = LastSubjectVerb().Match(clause);
        if (m.Success && m.Index + m.Length == clause.Length && !EndsWithJoin(m.Groups["who"].Value))
        {
            return new Cue(Subject(clause, m), m.Groups["verb"].Value, After: false);
        }

        return subject.Success ? new Cue(TrimWho(subject.Groups["who"].Value), last.Value, After: false) : null;
    }

    /// <summary>Whether the sentence reports speech at all (a verb outside the quotes).</summary>
    public static bool HasReportingVerb(string sentence) => AnyVerb().IsMatch(sentence) || sentence.Contains("according to", StringComparison.Ordinal);

    /// <summary>The subject opening a sentence, when it names someone: "Mr Howard criticised the plan."</summary>
    public static IEnumerable<(string Who, bool Reports)> Subjects(string sentence)
    {
        var m = SentenceSubject().Match(sentence);
        if (m.Success)
        {
            yield return (TrimWho(m.Groups["who"].Value), false);
        }

        // "Addressing the summit, Rubio noted that...": the subject of its reporting verb.
        var verb = AnyVerb().Match(sentence);
        if (verb.Success && !verb.Value.EndsWith("ing", StringComparison.Ordinal))
        {
            var clause = RelativeClause().Replace(sentence[..(verb.Index + verb.Length)], ", ,");
            var s = LastSubjectVerb().Match(clause);
            if (s.Success)
            {
                yield return (Subject(clause, s), true);
            }
        }
    }

    private static readonly HashSet<string> ClauseBreaks = ["in", "at", "on", "during", "after", "before", "when", "while", "as", "to",
        "yesterday", "today", "tonight", "last", "this", "adding", "who", "which", "outside", "from", "with", "following", "ahead"];

    private static string ClauseHead(string rest)
    {
        var cut = rest.IndexOfAny([',', ';', ':', '(', '_', '"', '“', '”']);
        var words = (cut >= 0 ? rest[..cut] : rest).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var stop = words.FindIndex(1, w => ClauseBreaks.Contains(w));
        var phrase = TrimWho(string.Join(' ', stop > 0 ? words.Take(stop) : words.Take(10)));

        // `said its director, Nora Lindgren`: a bare role followed by the name it belongs to.
        return cut >= 0 && rest[cut] == ',' && IsRoleOnly(phrase) && AppositiveName(rest[cut..]) is { } name ? name : phrase;
    }

    // The speaker a reporting clause names: the whole noun phrase whose head the pattern found ("A
    // Home Office spokesman", "Conservative peers", not "spokesman" or "peers"), or the name set off
    // beside a bare role ("Its national coordinator, Phil Booth, said").
    private static string Subject(string text, Match m)
    {
        var group = m.Groups["who"];
        var who = TrimWho(group.Value);
        var start = group.Index + (group.Value.Length - group.Value.TrimStart().Length);
        if (who.Length > 0 && char.IsLower(who[0]) && !NameWords.Pronouns.Contains(who) && !Determiners.Contains(who.Split(' ')[0]) && !who.EndsWith("ed", StringComparison.Ordinal))
        {
            who = Widen(text[..start], who);
        }

        else if (Determiners.Contains(who.Split(' ')[0]) && OfBefore().Match(text[..start]) is { Success: true } of)
        {
            // "critics of the bill say": the head comes before "of".
            who = of.Value.Trim() + " " + who;
        }

        // "Their leader in the Lords, Lord McNally, said": the words before the name are no subject when
        // a preposition governs them.
        var inPhrase = PrepositionBefore().IsMatch(text[..start]);
        var app = m.Groups["app"];
        return app.Success && (IsRoleOnly(who) || inPhrase) && AppositiveName(app.Value) is { } name ? name : who;
    }

    [GeneratedRegex(@"(?<![\w'’])[A-Za-z][a-z'’\-]*\s+of\s+$")]
    private static partial Regex OfBefore();

    [GeneratedRegex(@"\b(?:in|at|on|of|for|from|with|by)\s+(?:the\s+)?$")]
    private static partial Regex PrepositionBefore();

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "one", "some", "several", "many", "two", "three", "its", "his", "her", "their", "our",
    };

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "nor", "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "after", "before", "if",
        "because", "since", "though", "although", "so", "then", "than", "in", "on", "at", "to", "from", "with", "by", "into", "over",
        "under", "about", "against", "among", "between", "through", "during", "without", "of", "for", "is", "are", "was", "were", "has",
        "have", "had", "be", "been", "will", "would", "not", "also", "it", "he", "she", "they", "we", "i",
    };

    // Back from a head noun over its modifiers to the start of its clause, taking a determiner last.
    private static string Widen(string before, string who)
    {
        var tokens = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        for (var i = tokens.Length - 1; i >= 0 && words.Count < 6; i--)
        {
            var t = tokens[i];
            if (t[^1] is ',' or ';' or ':' or '.' or '!' or '?' or '"' or '“' or '”' or ')' || t.Contains(Sentences.MaskChar, StringComparison.Ordinal)
                || (Stops.Contains(t) && !(t is "of" or "for" or "and" && words.Count > 0 && NameWords.IsCapitalised(words[0]) && i > 0 && NameWords.IsCapitalised(tokens[i - 1])))
                || AnyVerb().Match(t) is { Success: true } v && v.Length == t.Length)
            {
                break;
            }

            if (Determiners.Contains(t))
            {
                words.Insert(0, t);
                break;
            }

            // "A Department of Health spokeswoman": "of" inside the capitals of a name.
            if (t is "of" or "for" or "and" && words.Count > 0 && NameWords.IsCapitalised(words[0]) && i > 0 && NameWords.IsCapitalised(tokens[i - 1]))
            {
                words.Insert(0, t);
                continue;
            }

            if (NameWords.NotNames.Contains(t))
            {
                break;
            }

            words.Insert(0, t);
        }

        return words.Count == 0 ? who : string.Join(' ', words) + " " + who;
    }

    // "its director", "The Lord Chief Justice", "Her colleague", "In Devon": words that name no one by
    // themselves, so a name set off beside them is the speaker.
    private static bool IsRoleOnly(string who)
    {
        // "The National Housing Federation's chief executive": the role after the possessive.
        var possessive = Math.Max(who.LastIndexOf("'s ", StringComparison.Ordinal), who.LastIndexOf("’s ", StringComparison.Ordinal));
        var words = (possessive > 0 ? who[(possessive + 3)..] : who).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        if (words[0] is "In" or "At" or "On" or "After" or "Before" or "From" or "By" or "With" or "During" or "Meanwhile" or "Later" or "Earlier")
        {
            return true;
        }

        return words.All(w => char.IsLower(w[0]) || NameWords.NotNames.Contains(w) || NameWords.Titles.Contains(w) || NameWords.RoleHeads.Contains(w)
            || NameWords.Peers.Contains(w));
    }

    // The first of the comma-set phrases after a role, when it is a person's name: ", Phil Booth,".
    private static string? AppositiveName(string app)
    {
        var first = app.Trim().TrimStart(',').Split(',')[0].Trim();
        var words = first.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 9 || first.Contains(Sentences.MaskChar, StringComparison.Ordinal) || Stops.Contains(words[0]))
        {
            return null;
        }

        var capitals = words.SkipWhile(w => !NameWords.IsCapitalised(w) || NameWords.NotNames.Contains(w)).ToArray();
        return capitals.Length > 0 && capitals.All(w => NameWords.IsCapitalised(w) || w is "bin" or "binti" or "van" or "von" or "de" or "da" or "al" or "of")
            && NamePhrase.Parse(string.Join(' ', capitals)) is { IsBody: false } ? first : null;
    }

    private static bool IsOnlyObject(string who) => who is "it" or "that" or "this";

    // "...," and stressed: a verb joined to the sentence's subject, who stands before the quote.
    private static bool IsJoin(string who) => who.Split(' ')[0].ToLowerInvariant() is "and" or "while" or "but" or "as" or "which" or "who" or "that" or "or" or "then" or "before" or "after" or "when" or "so" or "because" or "if"
        or "were" or "was" or "is" or "are" or "has" or "have" or "had" or "will" or "would" or "be" or "been" or "being";

    // "welcomed the money but warned": the verb's subject is the sentence's.
    private static bool EndsWithJoin(string who) => who.Split(' ')[^1].ToLowerInvariant() is "and" or "but" or "or" or "then" or "yet";

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // The clause may run on past the name: "said Mr Kennedy, who was..." keeps "Mr Kennedy".
    private static string TrimWho(string who)
    {
        var w = who.Trim().TrimEnd(',', '.', ';', ':');
        var cut = w.IndexOfAny([',', ';', '(']);
        return cut > 0 ? w[..cut].Trim() : w;
    }
}
