using System.Text.RegularExpressions;

namespace Byline.Text.Analysis.Quotes;

/// <summary>
/// Turns the words that named a speaker into the canonical name: pronouns to the person last in
/// view, surnames and titles to the full name the story gave, spokesmen to the body or person they
/// speak for.
/// </summary>
internal sealed partial class Speakers(People people)
{
    private readonly List<(string Name, char Gender, bool IsBody)> _recent = [];
    private readonly List<string> _bodies = [];
    private string? _lastSpokesman;

    [GeneratedRegex(@"^(?:(?:a|an|the)\s+)?(?<owner>.+?)(?:'s|’s)\s+(?<kind>(?:official\s+|chief\s+|press\s+)?(?:spokes(?:wo)?man|spokesperson))$", RegexOptions.ExplicitCapture)]
    private static partial Regex OwnersSpokesman();

    [GeneratedRegex(@"^(?:[Aa]|[Aa]n|[Tt]he)?\s*(?<kind>(?:official\s+|chief\s+|press\s+)?(?:spokes(?:wo)?man|spokesperson))\s+for\s+(?<owner>.+?)(?:\s+in\s+[A-Z][\w'’.\-]*)?$", RegexOptions.ExplicitCapture)]
    private static partial Regex SpokesmanFor();

    // "A Home Office spokesman", "a Department of Health spokeswoman", "a Punjab government spokesperson".
    [GeneratedRegex(@"^(?:[Aa]|[Aa]n|[Tt]he)\s+(?<owner>[A-Z][\w'’.\-]*\s+(?:(?:[A-Z0-9][\w'’.\-]*|of|for|and)\s+)*(?:(?:government|ministry|council|party|police)\s+)?)(?:official\s+|press\s+)?(?<kind>spokes(?:wo)?man|spokesperson|source|official|aide)s?$", RegexOptions.ExplicitCapture)]
    private static partial Regex BodySpokesman();

    // The person a spokesman speaks for, when the story calls them only by a title it never gave
    // anyone ("The prime minister's official spokesman said Mr Blair..."): the person the sentence names.
    private string? _principal;

    public string? Resolve(string who, string? sentence = null)
    {
        _principal = sentence is null ? null : Principal(sentence);
        return Canonical(who);
    }

    private string? Principal(string sentence)
    {
        foreach (Match run in NameRun().Matches(sentence))
        {
            if (NamePhrase.Parse(run.Value) is { IsBody: false } phrase && people.Find(phrase.Tokens) is { IsSurelyPerson: true } known)
            {
                return known.Name;
            }
        }

        return null;
    }

    private string? Canonical(string who)
    {
        var w = who.Trim();
        var lower = w.ToLowerInvariant();
        if (lower is "he" or "she")
        {
            var gender = lower == "he" ? 'M' : 'F';
            var found = _recent.LastOrDefault(r => !r.IsBody && (r.Gender == gender || r.Gender == '?'));
            return found.Name;
        }

        if (lower is "they" or "it" or "we")
        {
            return _recent.LastOrDefault(r => r.IsBody).Name;
        }

        if (lower is "i" or "one" or "that" or "this")
        {
            return null;
        }

        var owners = OwnersSpokesman().Match(w);
        if (owners.Success)
        {
            return Spokesman(owners.Groups["owner"].Value, owners.Groups["kind"].Value);
        }

        var forWhom = SpokesmanFor().Match(w);
        if (forWhom.Success)
        {
            return Spokesman(forWhom.Groups["owner"].Value, forWhom.Groups["kind"].Value);
        }

        var body = BodySpokesman().Match(w);
        if (body.Success)
        {
            var name = BodyName(body.Groups["owner"].Value.Trim(), hadThe: true);
            return SpokesmanSeen(name, body.Groups["kind"].Value, isBody: true);
        }

        // "a spokesman said", "the spokesman told reporters": the spokesman last named, or the body
        // last in view ("Age Concern said ... a spokesman said").
        if (lower is "a spokesman" or "the spokesman" or "a spokeswoman" or "the spokeswoman" or "a spokesperson" or "the spokesperson"
            or "spokesman" or "spokeswoman" or "a party spokesman" or "the official spokesman")
        {
            return _lastSpokesman ?? _recent.LastOrDefault(IsNamedBody).Name;
        }

        if (lower.EndsWith("spokesman", StringComparison.Ordinal) || lower.EndsWith("spokeswoman", StringComparison.Ordinal) || lower.EndsWith("spokesperson", StringComparison.Ordinal))
        {
            return null;
        }

        return Name(w);
    }

    // A body the story names ("the Home Office", "Age Concern"), not a generic one ("a spokesman")
    // nor a person.
    private bool IsNamedBody((string Name, char Gender, bool IsBody) seen) =>
        seen.Name.Split(' ').Any(w => NameWords.IsCapitalised(w) && !NameWords.NotNames.Contains(w))
        && (seen.IsBody || people.Find(seen.Name.Split(' ')) is not { } person || (person.Gender == '?' && person.Titles.Count == 0));

    // The last speaker or subject of a sentence, for a quote that floats after narrative.
    public string? Latest => _recent.Count == 0 ? null : _recent[^1].Name;

    // Everyone a sentence names comes into view, and its subject last, so that "he" in the next
    // finds the subject of "Mr Howard criticised Mr Blair." and not its object.
    public void NoteSentence(string sentence, IEnumerable<(string Who, bool Reports)> subjects)
    {
        foreach (Match run in NameRun().Matches(sentence))
        {
            if (NamePhrase.Parse(run.Value) is { IsBody: false } phrase && people.Find(phrase.Tokens) is { IsSurelyPerson: true } known)
            {
                Seen(known.Name, known.Gender, isBody: false);
            }
        }

        foreach (Match run in BodyRun().Matches(sentence))
        {
            if (NamePhrase.Parse(run.Value) is { IsBody: true } body)
            {
                _bodies.Add(BodyName(body.Name, hadThe: run.Index >= 4 && sentence[(run.Index - 4)..run.Index] is "the " or "The "));
            }
        }

        // The subject of the sentence's reporting verb comes into view last: in "Age Concern director
        // general Gordon Lishman said..." it is Gordon Lishman, not the Age Concern that opens it.
        _principal = Principal(sentence);
        var all = subjects.ToList();
        var reporting = all.Where(s => s.Reports).Select(s => s.Who).FirstOrDefault();
        foreach (var (who, reports) in all.Where(s => !s.Reports && (reporting is null || !reporting.Contains(s.Who, StringComparison.Ordinal))))
        {
            NoteSubject(who, reports);
        }

        if (reporting is not null)
        {
            NoteSubject(reporting, reports: true);
        }
    }

    [GeneratedRegex(@"(?:[A-Z][\p{L}'’\-]+\s+)*[A-Z][\p{L}'’\-]+")]
    private static partial Regex NameRun();

    [GeneratedRegex(@"[A-Z][\p{L}'’\-]+(?:\s+(?:(?:of|for|and|to)\s+(?:the\s+)?)?[A-Z][\p{L}'’\-]+)*")]
    private static partial Regex BodyRun();

    private void NoteSubject(string who, bool reports)
    {
        if (NameWords.Pronouns.Contains(who))
        {
            return;
        }

        if (IsSpokesman(who))
        {
            Canonical(who);
            return;
        }

        var first = who.Split(' ')[0];
        if (NameWords.IsCapitalised(first) || first is "the" or "a" or "an")
        {
            Name(who, noteOnlyKnown: !reports);
        }
    }

    private string? Spokesman(string owner, string kind)
    {
        var o = owner.Trim();
        string? name;
        if (o.Split(' ').All(w => !NameWords.IsCapitalised(w) || NameWords.NotNames.Contains(w)) && people.ByTitle(o) is null && _principal is not null)
        {
            // The story gives the title only here: the person the sentence names holds it.
            name = _principal;
            people.Find(name.Split(' '))?.Titles.Add(string.Join(' ', o.ToLowerInvariant().Split(' ').Where(w => w is not ("the" or "a" or "an"))));
            return SpokesmanSeen($"{name}'s {kind.Trim()}", kind, isBody: false);
        }

        if (o.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && o.Split(' ').Skip(1).All(w => NameWords.IsCapitalised(w) || w is "of" or "for" or "and" or "the")
            && o.Contains(' ', StringComparison.Ordinal) && people.Find(o.Split(' ')[1..]) is not { IsSurelyPerson: true })
        {
            // "a spokesman for the UN High Commissioner for Refugees": a body, named as the text names it.
            return SpokesmanSeen("the " + o[4..], kind, isBody: true);
        }

        name = Name(o, remember: false);
        if (name is null)
        {
            return null;
        }

        // "a spokeswoman for Amnesty International" speaks for a body; "a spokesman for House Speaker
        // Mark Ellison" for a person: one the story gives a title, an honorific or a known given name.
        var known = people.Find(name.Split(' '));
        var isBody = known is not { Gender: not '?' } and not { Titles.Count: > 0 } && FirstNames.GenderOf(name.Split(' ')[0]) == '?';
        return SpokesmanSeen(isBody ? name : $"{name}'s {kind.Trim()}", kind, isBody);
    }

    // A spokesman comes into view as someone "he" or "she" can mean, and as the spokesman that a later
    // "the spokesman" is.
    private string SpokesmanSeen(string name, string kind, bool isBody)
    {
        var gender = kind.Contains("woman", StringComparison.Ordinal) ? 'F' : kind.Contains("man", StringComparison.Ordinal) ? 'M' : '?';
        if (isBody)
        {
            Seen(name, '?', isBody: true);
        }

        _lastSpokesman = Seen(name, gender, isBody: false);
        return _lastSpokesman;
    }

    private static bool IsSpokesman(string who) => SpokesmanWord().IsMatch(who);

    [GeneratedRegex(@"\bspokes(?:wo)?m[ae]n\b|\bspokesperson\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpokesmanWord();

    private static readonly HashSet<string> Definite = new(StringComparer.OrdinalIgnoreCase) { "the", "its", "his", "her", "their" };

    // Nouns that head the name of a body: "the department" is the Department of Health named before.
    private static readonly HashSet<string> BodyNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "department", "commission", "committee", "council", "union", "agency", "association", "organisation",
        "organization", "board", "authority", "charity", "coalition", "federation", "institute", "trust", "company", "firm",
        "alliance", "society", "group", "campaign", "body",
    };

    // Words that end in a lowercase noun describe a speaker rather than name one: "Conservative peers",
    // "a senior CPCB official", "the former chat show host", "the department", "The King's Fund health
    // think tank".
    private bool Describes(string phrase, string[] words, bool remember, bool noteOnlyKnown, out string? name)
    {
        name = null;
        var of = Array.IndexOf(words, "of");
        var head = (of > 0 ? words[of - 1] : words[^1]).Trim(',', '.', ';', ':');
        if (head.Length == 0 || !(char.IsLower(head[0]) || head is "MP" or "MEP" or "MSP" or "AM" or "MLA" || of > 0 && NameWords.NotNames.Contains(head)) || words.Length < 2 || NameWords.CommonBodies.Contains(head) && head is "statement" or "report" or "study" or "survey" or "letter" or "document" or "ruling" or "paper" or "memo" or "judgment")
        {
            return false;
        }

        var plural = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);
        if (Definite.Contains(words[0]) && !plural)
        {
            var capitals = words.Skip(1).TakeWhile(w => NameWords.IsCapitalised(w) || w is "of" or "for" or "and").ToArray();
            if (capitals.Length > 0 && NamePhrase.Parse(string.Join(' ', capitals)) is { IsBody: true } body)
            {
                name = BodyName(body.Name, hadThe: true);
                name = remember ? Seen(name, '?', isBody: true) : name;
                return true;
            }

            if (BodyNouns.Contains(head))
            {
                name = _bodies.LastOrDefault(b => b.Contains(head, StringComparison.OrdinalIgnoreCase));
                if (name is null && head is "group" or "organisation" or "organization" or "charity" or "campaign" or "body")
                {
                    name = _recent.LastOrDefault(r => r.IsBody && IsNamedBody(r)).Name;
                }

                name = name is not null && remember ? Seen(name, '?', isBody: true) : name;
                return name is not null;
            }

            var titled = people.ByTitle(phrase);
            if (titled is not null)
            {
                titled.Spoke |= remember;
                name = remember ? Seen(titled.Name, titled.Gender, false) : titled.Name;
                return true;
            }

            // "the former chat show host", "the chancellor": the person last in view, as "he" would be,
            // unless the story gave them another office or they speak for someone.
            if (!noteOnlyKnown && IsPersonNoun(head))
            {
                name = _recent.LastOrDefault(r => !r.IsBody && !IsSpokesman(r.Name) && people.Find(r.Name.Split(' ')) is not { Titles.Count: > 0 }).Name;
                return name is not null;
            }

            return false;
        }

        if (noteOnlyKnown)
        {
            return true;
        }

        // A group or a person the story does not name: as the text gives them.
        name = remember ? Seen(phrase.Trim(), '?', isBody: plural) : phrase.Trim();
        return true;
    }

    private static readonly HashSet<string> PersonNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "host", "chief", "head", "boss", "secretary", "minister", "chair", "mp", "mep", "msp", "am", "mla", "peer", "judge", "aide",
        "envoy", "deputy", "premier", "general", "colonel", "captain", "whip", "veteran", "candidate", "campaigner", "chancellor",
    };

    // A noun for a person ("the former chat show host", "the chancellor", "the campaigner"), not for a
    // thing ("the bill", "the agreement").
    private static bool IsPersonNoun(string head)
    {
        var h = head.ToLowerInvariant();
        return PersonNouns.Contains(h) || !h.EndsWith("ment", StringComparison.Ordinal)
            && (h.EndsWith("er", StringComparison.Ordinal) || h.EndsWith("or", StringComparison.Ordinal) || h.EndsWith("ist", StringComparison.Ordinal)
                || h.EndsWith("ian", StringComparison.Ordinal) || h.EndsWith("ant", StringComparison.Ordinal) || h.EndsWith("ent", StringComparison.Ordinal)
                || h.EndsWith("man", StringComparison.Ordinal) || h.EndsWith("woman", StringComparison.Ordinal) || h.EndsWith("ee", StringComparison.Ordinal));
    }

    private string? Name(string phrase, bool remember = true, bool noteOnlyKnown = false)
    {
        var hadThe = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        if (Describes(phrase, words, remember, noteOnlyKnown, out var described))
        {
            return described;
        }
        var capitalStart = Array.FindIndex(words, w => NameWords.IsCapitalised(w) && !NameWords.NotNames.Contains(w));
        if (capitalStart < 0)
        {
            // "the prime minister", "the ministry", "ministers".
            var titled = people.ByTitle(phrase);
            if (titled is not null)
            {
                titled.Spoke = true;
                return remember ? Seen(titled.Name, titled.Gender, false) : titled.Name;
            }

            return noteOnlyKnown ? null : remember ? Seen(phrase, '?', isBody: true) : phrase;
        }

        // "Lib Dem spokesman Vincent Cable": the name is the capitalised run after the last lowercase word.
        var lastLower = Array.FindLastIndex(words, w => w.Length > 0 && char.IsLower(w[0]) && w is not ("bin" or "binti" or "van" or "von" or "de" or "da" or "al" or "of" or "for" or "to" or "the"));
        if (lastLower >= capitalStart && lastLower < words.Length - 1)
        {
            capitalStart = lastLower + 1;
        }

        var run = string.Join(' ', words[capitalStart..]);
        if (!NameWords.BodyHeads.Contains(words[^1].TrimEnd('.', ',')))
        {
            // "The Lib Dems' Mark Oaten", "Labour's John Prescott": a possessive ends one name inside a run.
            run = NamePhrase.Split(run)[^1];
        }

        var parsed = NamePhrase.Parse(run);
        if (parsed is null)
        {
            var titled = people.ByTitle(run);
            if (titled is null && words.Length == 1 && !NameWords.RoleHeads.Contains(run) && !NameWords.Honorifics.Contains(run) && !NameWords.Peers.Contains(run))
            {
                // "Labour said": a party named by the one word the text gives it.
                return noteOnlyKnown ? null : remember ? Seen(run, '?', isBody: true) : run;
            }

            return titled is null ? null : remember ? Seen(titled.Name, titled.Gender, false) : titled.Name;
        }

        if (parsed.IsBody)
        {
            var name = BodyName(parsed.Name, hadThe || capitalStart > 0 && words[capitalStart - 1] == "the");
            return noteOnlyKnown && !remember ? null : remember ? Seen(name, '?', isBody: true) : name;
        }

        var known = people.Find(parsed.Tokens);
        if (known is null && noteOnlyKnown)
        {
            return null;
        }

        if (known is null && hadThe)
        {
            // "the Tories", "the Conservatives": a party named as the text names it.
            var party = "the " + parsed.Name;
            return remember ? Seen(party, '?', isBody: true) : party;
        }

        var person = known ?? people.Person(parsed);
        person.Spoke |= remember;
        return remember ? Seen(person.Name, person.Gender, false) : person.Name;
    }

    private static string BodyName(string name, bool hadThe) =>
        hadThe || (NameWords.BodyHeads.Contains(name.Split(' ')[^1]) && name.Split(' ')[^1] is not ("Street" or "House" or "Palace") && name.Contains(' ', StringComparison.Ordinal))
            ? "the " + name
            : name;

    private string Seen(string name, char gender, bool isBody)
    {
        _recent.Add((name, gender, isBody));
        if (isBody)
        {
            _bodies.Add(name);
        }

        return name;
    }
}
