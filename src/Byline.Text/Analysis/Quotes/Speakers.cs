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
    private string? _lastSpokesman;

    [GeneratedRegex(@"^(?:(?:a|an|the)\s+)?(?<owner>.+?)(?:'s|’s)\s+(?<kind>(?:official\s+|chief\s+|press\s+)?(?:spokes(?:wo)?man|spokesperson))$", RegexOptions.ExplicitCapture)]
    private static partial Regex OwnersSpokesman();

    [GeneratedRegex(@"^(?:a|an|the)?\s*(?<kind>(?:official\s+|chief\s+|press\s+)?(?:spokes(?:wo)?man|spokesperson))\s+for\s+(?<owner>.+)$", RegexOptions.ExplicitCapture)]
    private static partial Regex SpokesmanFor();

    [GeneratedRegex(@"^(?:[Aa]|[Aa]n|[Tt]he)\s+(?<owner>(?:[A-Z][\w'’.\-]*\s+)+)(?:official\s+|press\s+)?(?:spokes(?:wo)?man|spokesperson|source|official|aide)s?$", RegexOptions.ExplicitCapture)]
    private static partial Regex BodySpokesman();

    public string? Resolve(string who)
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
            _lastSpokesman = Seen(BodyName(body.Groups["owner"].Value.Trim(), hadThe: true), '?', isBody: true);
            return _lastSpokesman;
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

        foreach (var (who, reports) in subjects.Reverse())
        {
            NoteSubject(who, reports);
        }
    }

    [GeneratedRegex(@"(?:[A-Z][\p{L}'’\-]+\s+)*[A-Z][\p{L}'’\-]+")]
    private static partial Regex NameRun();

    private void NoteSubject(string who, bool reports)
    {
        if (NameWords.Pronouns.Contains(who))
        {
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
        var name = Name(owner.Trim(), remember: false);
        if (name is null)
        {
            return null;
        }

        var isBody = people.Find(name.Split(' ')) is null && (name.StartsWith("the ", StringComparison.Ordinal) || NamePhrase.Parse(name)?.IsBody == true);
        _lastSpokesman = isBody ? name : $"{name}'s {kind.Trim()}";
        return _lastSpokesman;
    }

    private string? Name(string phrase, bool remember = true, bool noteOnlyKnown = false)
    {
        var hadThe = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
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
        var lastLower = Array.FindLastIndex(words, w => w.Length > 0 && char.IsLower(w[0]) && w is not ("bin" or "binti" or "van" or "von" or "de" or "da" or "al" or "of"));
        if (lastLower >= capitalStart && lastLower < words.Length - 1)
        {
            capitalStart = lastLower + 1;
        }

        var run = string.Join(' ', words[capitalStart..]);
        var parsed = NamePhrase.Parse(run);
        if (parsed is null)
        {
            var titled = people.ByTitle(run);
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
        return name;
    }
}
