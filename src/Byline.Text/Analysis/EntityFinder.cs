using System.Text.RegularExpressions;
using Byline.Text.Analysis.Entities;
using Byline.Text.Analysis.Quotes;

namespace Byline.Text.Analysis;

/// <summary>
/// Finds the people and organisations a story names, every form of one merged under its fullest
/// name ("Datuk Seri Anwar Ibrahim", "Anwar Ibrahim", "Mr Anwar" and "Anwar" are Anwar Ibrahim), and
/// the places it names against the gazetteer (<see cref="PlaceFinder"/>). A run of capitals is a
/// person when the story gives evidence of one (an honorific, a title, a known given name, words of
/// their own, a later mention by surname), a body when it ends in a body's head ("Home Office",
/// "Bank of England"), is a party or an acronym, or is a quote's speaker; anything else is left out.
/// </summary>
public static partial class EntityFinder
{
    public static IReadOnlyList<Entity> Find(StoryText story, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(story);
        var paragraphs = QuoteFinder.Bounded(story);
        return Find(paragraphs, People.Read(paragraphs), quotes, story.Dateline);
    }

    internal static IReadOnlyList<Entity> Find(IReadOnlyList<string> paragraphs, People people, IReadOnlyList<Quote> quotes, string? dateline)
    {
        var found = new Found();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            found.Terms.UnionWith(DefinedTerms(paragraphs[p]));
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            var titleCase = p == 0 && People.IsTitleCase(paragraphs[p]);
            foreach (var found_ in NameRuns.In(paragraphs[p]))
            {
                var run = WithChannelNumber(paragraphs[p], found_);
                var parts = IsWhole(run.Text) ? [run.Text] : NamePhrase.Names(run.Text);
                for (var part = 0; part < parts.Count; part++)
                {
                    Read(found, people, part == 0 ? run with { Text = parts[part] } : run with { Text = parts[part], OpensSentence = false, Before = "" }, p, titleCase);
                }
            }
        }

        foreach (var quote in quotes)
        {
            if (quote.Speaker is { } speaker && BodyOf(speaker) is { } body)
            {
                body = found.Named(body);
                found.Body(body, body, quote.Paragraph, counted: false);
            }
        }

        found.Speakers.UnionWith(quotes.Select(q => q.Speaker).OfType<string>());
        var personNames = found.People.Select(e => e.Name).ToList();
        var places = PlaceFinder.Find(new StoryText(paragraphs, dateline), personNames);
        return [.. found.Entities(people, places)];
    }

    // "The Liberal Democrats" is a party, not a liberal's name; "the King's Fund" a body, not the King's.
    private static bool IsWhole(string run)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(NameWords.NotNames.Contains).ToList();
        return words.Count > 1 && (Organisations.PartyWords(words) == words.Count
            || (words.Count <= 4 && Organisations.Heads.Contains(words[^1]) && words[..^1].Any(w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal))));
    }

    // "BBC Radio 4", "BBC News 24", "Channel 4": a broadcaster's service is named with its number.
    private static NameRun WithChannelNumber(string paragraph, NameRun run)
    {
        var words = run.Text.Split(' ');
        if (!Organisations.Outlets.Contains(words[^1]) && words[^1] != "Channel")
        {
            return run;
        }

        var end = paragraph.IndexOf(run.Text, run.Index, StringComparison.Ordinal);
        var number = end < 0 ? Match.Empty : ChannelNumber().Match(paragraph, end + run.Text.Length);
        return number.Success ? run with { Text = run.Text + " " + number.Groups[1].Value } : run;
    }

    [GeneratedRegex(@"\G (\d{1,3})(?![\d,.]\d)")]
    private static partial Regex ChannelNumber();

    // "the air quality index (AQI)", "goods and services tax (GST)": an acronym spelled out in
    // lowercase words is a term, not a body.
    private static IEnumerable<string> DefinedTerms(string paragraph)
    {
        foreach (Match match in SpelledOut().Matches(paragraph))
        {
            var acronym = match.Groups["acronym"].Value;
            var words = match.Groups["words"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w is not ("and" or "of" or "for" or "the" or "on" or "in")).ToArray();
            if (words.Length >= acronym.Length && string.Concat(words[^acronym.Length..].Select(w => char.ToUpperInvariant(w[0]))) == acronym)
            {
                yield return acronym;
            }
        }
    }

    [GeneratedRegex(@"(?<words>(?:\b[a-z][a-z\-]*\s+){2,6})\((?<acronym>[A-Z]{2,6})\)", RegexOptions.ExplicitCapture)]
    private static partial Regex SpelledOut();

    private static void Read(Found found, People people, NameRun run, int paragraph, bool titleCase)
    {
        var words = run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var members = run.Before.Length > 0 && Organisations.Counts.Contains(run.Before);
        var opens = run.OpensSentence;
        while (words.Count > 0 && (NameWords.NotNames.Contains(words[0]) || Organisations.Credits.Contains(words[0]) || Organisations.Openers.Contains(words[0])
            || (opens && words.Count > 1 && IsPlural(words[0]))))
        {
            members |= Organisations.Counts.Contains(words[0]);
            opens = false;
            words.RemoveAt(0);
            while (words.Count > 0 && char.IsLower(words[0][0]))
            {
                words.RemoveAt(0);
            }
        }

        // "Lib Dem Treasury spokesman", "Tory leader Michael Howard": a party opens the run, and what
        // follows is read on its own; "three Republicans" are members, not the party.
        var party = Organisations.PartyWords(words);
        if (party > 0 && (party == words.Count || words[party] is not ("Party" or "Parties")))
        {
            if (!members || party < words.Count)
            {
                var name = string.Join(' ', words.Take(party));
                found.Body(Organisations.PartyKey(name)!, run.Before == "the" && party == words.Count ? "the " + name : name, paragraph, counted: true);
            }

            words.RemoveRange(0, party);
        }

        // "Housewife Siti Aminah", "Farmer John Ellis": a sentence's first word before a given name is what they are.
        if (opens && (GivenNames.OpensWithDescription(words) || (words.Count > 2 && FirstNames.GenderOf(words[1]) != '?' && FirstNames.GenderOf(words[0]) == '?'
            && !NameWords.Honorifics.Contains(words[0]) && !NameWords.Peers.Contains(words[0]) && !NameWords.Titles.Contains(words[0]))))
        {
            words.RemoveAt(0);
        }

        // "Labour MP Joe Bloggs", "Tory leader Michael Howard": title words before a name are no part of it.
        // "Home Office" and "Conservative Party" begin with title words and are bodies whole.
        while (words.Count > 1 && !IsBody(words, opensSentence: false) && (NameWords.Titles.Contains(words[0]) || Organisations.NotBodies.Contains(words[0])))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return;
        }

        var text = string.Join(' ', words);
        var opensSentence = run.OpensSentence && words.Count == run.Text.Split(' ').Length;
        if (found.Terms.Contains(text) || Organisations.NotBodies.Contains(text))
        {
            return;
        }

        // "BBC Radio 4", "CNN International": the broadcaster's service, named as the story names it.
        if (words.Count >= 2 && Organisations.IsAcronym(words[0]) && Organisations.Outlets.Contains(words[1]))
        {
            found.Body(text, text, paragraph, counted: true);
            return;
        }

        // "speaking outside Downing Street" is a place; "Downing Street said" is the body inside.
        if (Organisations.Seats.Contains(text))
        {
            if (Organisations.AtPlace.Contains(run.Preposition) && run.Before is not ("a" or "an"))
            {
                found.Seat(text, paragraph);
            }
            else
            {
                found.Body(text, text, paragraph, counted: true);
            }

            return;
        }

        // "the Bank of England and the Treasury": two bodies, though "Work and Pensions" is one name.
        var and = words.IndexOf("and");
        var two = and > 0 && and < words.Count - 1 && words[and + 1] == "the";
        if (!two && IsBody(words, opensSentence))
        {
            found.Body(text, run.Before == "the" ? "the " + text : text, paragraph, counted: true);
            return;
        }

        // "the Works Minister", "Work and Pensions Secretary": a post, and no one's name.
        if (!two && words.Count > 1 && Organisations.RoleEnds.Contains(words[^1]))
        {
            return;
        }

        // "Conservative leader Michael Howard and Liberal Democrat Charles Kennedy": names joined by "and".
        if (and > 0 && and < words.Count - 1)
        {
            Read(found, people, run with { Text = string.Join(' ', words[..and]) }, paragraph, titleCase);
            Read(found, people, run with { Text = string.Join(' ', words[(and + 1)..]), OpensSentence = false, Before = "" }, paragraph, titleCase);
            return;
        }

        // "the Lords Lord Strathclyde": a peer's or an honorific's name starts where its title does.
        var peer = words.FindIndex(1, w => NameWords.Peers.Contains(w) || (NameWords.Honorifics.Contains(w) && w is not ("Seri" or "Sri")));
        if (peer > 0 && !NameWords.Honorifics.Contains(words[peer - 1]) && !NameWords.Titles.Contains(words[peer - 1]))
        {
            Read(found, people, run with { Text = string.Join(' ', words[..peer]) }, paragraph, titleCase);
            Read(found, people, run with { Text = string.Join(' ', words[peer..]), OpensSentence = false, Before = "" }, paragraph, titleCase);
            return;
        }

        // "House Speaker Mark Ellison", "Bank of England Governor Mervyn King": the name follows the title.
        var role = words.Count > 1 ? words.FindLastIndex(words.Count - 2, w => Organisations.RoleEnds.Contains(w)) : -1;
        if (role >= 0)
        {
            if (role > 0 && IsBody(words[..role], opensSentence: false))
            {
                found.Body(string.Join(' ', words[..role]), string.Join(' ', words[..role]), paragraph, counted: true);
            }

            Read(found, people, run with { Text = string.Join(' ', words[(role + 1)..]), OpensSentence = false, Before = "" }, paragraph, titleCase);
            return;
        }

        if (words.Contains("of") || words.Contains("for") || words.Contains("the") || words.Contains("on"))
        {
            return;
        }

        // "Hari Raya", "Chinese New Year": feasts are no one; nor is "Bagan Datuk", ending in an honorific.
        if (Organisations.Feasts.Contains(words[0]) || (words.Count > 1 && NameWords.Honorifics.Contains(words[^1])))
        {
            return;
        }

        var phrase = NamePhrase.Parse(text);
        if (phrase is null || phrase.IsBody || phrase.Tokens.Length > 4)
        {
            return;
        }

        var person = people.Find(phrase.Tokens);
        if (person is null || (titleCase && phrase.Tokens.Length > 1 && !person.Name.Equals(phrase.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        found.Person(person, text, paragraph, phrase.Tokens.Length == 1 && !phrase.IsPeer && phrase.Gender == '?');
    }

    // "Critics", "Ministers", "Campaigners" open sentences as common nouns; parties are named so.
    private static bool IsPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && NameWords.CommonBodies.Contains(word) && Organisations.PartyKey(word) is null;

    internal static bool IsBody(List<string> words, bool opensSentence)
    {
        var last = words[^1];
        if (Organisations.NotHeads.Contains(last) || words.Any(Organisations.NotHeads.Contains))
        {
            return false;
        }

        if (words.Count == 1)
        {
            return Organisations.Parties.Contains(last) || Organisations.IsAcronym(last)
                || (!opensSentence && last is "Parliament" or "Congress" or "Senate" or "Treasury" or "Cabinet" or "Commons" or "Lords" or "Pentagon" or "Kremlin" or "Whitehall");
        }

        if (NameWords.Honorifics.Contains(words[0]) || NameWords.Peers.Contains(words[0]))
        {
            return false;
        }

        // "League Against Cruel Sports", "Campaign For Real Ale": no person's name holds a capitalised preposition.
        if (words.Count >= 3 && words.Skip(1).SkipLast(1).Any(w => char.IsUpper(w[0]) && Organisations.TitledPrepositions.Contains(w)))
        {
            return true;
        }

        // "Commissioner of Police", "Minister for Transport": a post whose office is named after it.
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (words[i + 1] is "of" or "for" && Organisations.RoleEnds.Contains(words[i]))
            {
                return false;
            }
        }

        // "Federation of Malaysian Consumers Associations", "United Auto Workers": a head's plural is a head.
        if (words[^1].Length > 4 && words[^1].EndsWith('s') && Organisations.Heads.Contains(words[^1][..^1]))
        {
            return true;
        }

        return Organisations.Parties.Contains(string.Join(' ', words)) || Organisations.Heads.Contains(last) || Organisations.HasHeadThenOf([.. words]);
    }

    // A quote's speaker that is a named body: "the Home Office", "the Tories", "Downing Street".
    // Generic groups ("ministers", "the government") and spokesmen of a person are not.
    private static string? BodyOf(string speaker)
    {
        if (speaker.EndsWith("spokesman", StringComparison.Ordinal) || speaker.EndsWith("spokeswoman", StringComparison.Ordinal) || speaker.EndsWith("spokesperson", StringComparison.Ordinal))
        {
            return null;
        }

        var name = speaker.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? speaker[4..] : speaker;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => NameWords.IsCapitalised(w) || w is "of" or "for" or "and" or "on") && IsBody([.. words], opensSentence: false) ? name : null;
    }

    /// <summary>What has been found so far, forms and counts kept per entity.</summary>
    private sealed class Found
    {
        private readonly Dictionary<Named, Tally> _people = [];
        private readonly Dictionary<string, Tally> _bodies = new(StringComparer.OrdinalIgnoreCase);

        private readonly Dictionary<string, Tally> _seats = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Speakers { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

        // Those the place finder must not read as places: not a body's name taken for a person ("Texas Legislature").
        public IEnumerable<Tally> People => _people.Where(p => IsPerson(p.Key, p.Value) && !IsBodyName(p.Key)).Select(p => p.Value);

        private bool IsBodyName(Named person) =>
            person.Gender == '?' && person.Titles.Count == 0 && _bodies.ContainsKey(person.Name);

        // A person needs evidence: an honorific, a known given name, a title, a quote, a mention by
        // surname alone; a name of one word needs an honorific or a peerage ("Mr Razak", "Lord Janner").
        private bool IsPerson(Named person, Tally tally)
        {
            // "Bagan Datuk", "Pensions Secretary": an honorific or a post never ends a name.
            if (person.Tokens.Length > 1 && (NameWords.Honorifics.Contains(person.Tokens[^1]) || Organisations.RoleEnds.Contains(person.Tokens[^1])))
            {
                return false;
            }

            if ((Organisations.NotPersonHeads.Contains(person.Tokens[^1]) || Organisations.NotPersonHeads.Contains(person.Tokens[0]))
                && person.Gender == '?' && !Speakers.Contains(person.Name))
            {
                return false;
            }

            if (person.Tokens.Length == 1)
            {
                return tally.HasHonorific;
            }

            return tally.Evident || Speakers.Contains(person.Name);
        }

        public void Person(Named person, string form, int paragraph, bool surnameOnly)
        {
            if (!_people.TryGetValue(person, out var tally))
            {
                tally = _people[person] = new Tally(person.Name, paragraph);
            }

            tally.Add(form, paragraph, counted: true);
            tally.Evident |= person.Gender != '?' || person.Titles.Count > 0 || (surnameOnly && person.Tokens.Length > 1);
        }

        // A speaker's body as the text named it: "the Democrats" are the Liberal Democrats it named,
        // "the King Fund" the King's Fund.
        public string Named(string body)
        {
            var plain = body.Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal);
            return _bodies.Keys.FirstOrDefault(k => k.Replace("'s", "", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal).Equals(plain, StringComparison.OrdinalIgnoreCase))
                ?? _bodies.Keys.Where(k => k.EndsWith(" " + body, StringComparison.OrdinalIgnoreCase)).SingleOrDefault()
                ?? body;
        }

        public void Seat(string name, int paragraph)
        {
            if (!_seats.TryGetValue(name, out var tally))
            {
                tally = _seats[name] = new Tally(name, paragraph);
            }

            tally.Add(name, paragraph, counted: true);
        }

        public void Body(string name, string form, int paragraph, bool counted)
        {
            var key = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
            key = Organisations.PartyKey(key) ?? key;
            if (Terms.Contains(key))
            {
                return;
            }

            if (!_bodies.TryGetValue(key, out var tally))
            {
                tally = _bodies[key] = new Tally(key, paragraph);
            }

            tally.Add(form, paragraph, counted);
            if (!counted && tally.Mentions == 0)
            {
                tally.Mentions = 1;
            }
        }

        public IEnumerable<Entity> Entities(People people, IReadOnlyList<Entity> places)
        {
            var placeForms = places.SelectMany(p => p.Forms).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var bodies = MergeChambers(MergeAcronyms(_bodies.Values));
            foreach (var party in bodies.Where(b => Organisations.PartyKey(b.Name) is not null))
            {
                party.Name = Organisations.PartyName(Organisations.PartyKey(party.Name)!, party.Forms);
            }

            var entities = new List<Entity>();
            foreach (var (person, tally) in _people.Where(p => IsPerson(p.Key, p.Value)))
            {
                if (placeForms.Contains(person.Name) && !(person.Gender != '?' || person.Spoke))
                {
                    continue;
                }

                // "Voltline Energy said", then "Voltline said": a body, whatever the speaker's reading made of it.
                var body = bodies.Find(b => b.Name.Equals(person.Name, StringComparison.OrdinalIgnoreCase) || b.Forms.Contains(person.Name, StringComparer.OrdinalIgnoreCase));
                if (body is not null && person.Gender == '?' && person.Titles.Count == 0)
                {
                    // "Texas Legislature", then "Texas sued": a form that is a place stays the place's.
                    if (!tally.Forms.Any(placeForms.Contains))
                    {
                        body.Absorb(tally);
                    }

                    continue;
                }

                var name = WithoutOpener(person.Name);
                entities.Add(new Entity(EntityKind.Person, name, tally.FormsWith(name), tally.Mentions, tally.First, Describe(person)));
            }

            foreach (var tally in bodies)
            {
                if (placeForms.Contains(tally.Name) || entities.Any(e => e.Name.Equals(tally.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                entities.Add(new Entity(EntityKind.Organisation, tally.Name, tally.FormsWith(tally.Name), tally.Mentions, tally.First));
            }

            foreach (var seat in _seats.Values.Where(s => !placeForms.Contains(s.Name)))
            {
                entities.Add(new Entity(EntityKind.Place, seat.Name, seat.FormsWith(seat.Name), seat.Mentions, seat.First));
            }

            entities.AddRange(places);
            return entities.OrderBy(e => e.FirstParagraph).ThenBy(e => e.Kind);
        }

        // "Housewife Siti Aminah Abdullah": what opened the sentence before a given name is no part of the
        // name, nor is a title ("House Speaker Mark Ellison") or a profession's letters ("Ir Rosli Hamzah").
        private static string WithoutOpener(string name)
        {
            var tokens = name.Split(' ');
            if (tokens.Length > 2 && Organisations.Professions.Contains(tokens[0]))
            {
                return string.Join(' ', tokens[1..]);
            }

            var role = tokens.Length > 2 ? Array.FindLastIndex(tokens, tokens.Length - 2, t => Organisations.RoleEnds.Contains(t)) : -1;
            if (tokens.Length > 2 && role >= 0)
            {
                return string.Join(' ', tokens[(role + 1)..]);
            }

            return GivenNames.OpensWithDescription(tokens) || (tokens.Length > 2 && FirstNames.GenderOf(tokens[0]) == '?' && FirstNames.GenderOf(tokens[1]) != '?'
                && !NameWords.Honorifics.Contains(tokens[0]) && !NameWords.Peers.Contains(tokens[0]) && !NameWords.Titles.Contains(tokens[0]))
                ? string.Join(' ', tokens[1..])
                : name;
        }

        // "the Commons" is the House of Commons the story named; "the Senate" its only "California Senate".
        private static List<Tally> MergeChambers(List<Tally> bodies)
        {
            foreach (var chamber in bodies.Where(b => Organisations.Chambers.Contains(b.Name)).ToList())
            {
                var longer = bodies.Where(b => b != chamber && (b.Name.EndsWith(" " + chamber.Name, StringComparison.OrdinalIgnoreCase)
                    || (chamber.Name == "House" && b.Name.StartsWith("House of ", StringComparison.Ordinal)))).ToList();
                if (longer.Count == 1 && !(chamber.Name == "House" && bodies.Any(b => b.Name.EndsWith(" House", StringComparison.Ordinal))))
                {
                    longer[0].Absorb(chamber);
                    bodies.Remove(chamber);
                }
            }

            return bodies;
        }

        // "the National Health Service" and "the NHS" are one body: an acronym of a name's capitals.
        private static List<Tally> MergeAcronyms(IEnumerable<Tally> bodies)
        {
            var all = bodies.ToList();
            foreach (var acronym in all.Where(b => Organisations.IsAcronym(b.Name)).ToList())
            {
                var letters = acronym.Name.Replace(".", "", StringComparison.Ordinal);
                var full = all.Find(b => b != acronym && Initials(b.Name) == letters);
                if (full is not null)
                {
                    full.Absorb(acronym);
                    all.Remove(acronym);
                }
            }

            return all;
        }

        private static string Initials(string name) =>
            string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => NameWords.IsCapitalised(w)).Select(w => w[0]));

        // "U.S. Secretary of State", "shadow education secretary": the longest title the story gives,
        // without honorifics or what stood before a dateline's colon; "Sen." written out.
        private static string? Describe(Named person) =>
            person.Titles.Select(Title).Where(t => t.Length > 2 && t is not ("of" or "for")).OrderByDescending(t => t.Split(' ').Length).FirstOrDefault();

        private static string Title(string title)
        {
            var colon = title.LastIndexOf(':');
            var words = title[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !NameWords.Honorifics.Contains(w) && !NameWords.HonorificPairs.Any(p => p.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase)))
                .Select(w => Organisations.Abbreviations.TryGetValue(w, out var full) ? full : w)
                .ToList();
            while (words.Count > 0 && words[^1] is "of" or "for" or "the")
            {
                words.RemoveAt(words.Count - 1);
            }

            return string.Join(' ', words);
        }
    }

    private sealed class Tally(string name, int first)
    {
        private readonly List<string> _forms = [];

        public string Name { get; set; } = name;
        public int First { get; private set; } = first;
        public int Mentions { get; set; }
        public bool Evident { get; set; }

        public bool HasHonorific => _forms.Any(f => f.Split(' ') is var w && w.Length > 1 && (NameWords.Honorifics.Contains(w[0]) || NameWords.Peers.Contains(w[0])));

        public void Add(string form, int paragraph, bool counted)
        {
            if (!_forms.Contains(form, StringComparer.Ordinal))
            {
                _forms.Add(form);
            }

            First = Math.Min(First, paragraph);
            Mentions += counted ? 1 : 0;
        }

        public void Absorb(Tally other)
        {
            foreach (var form in other._forms)
            {
                Add(form, other.First, counted: false);
            }

            Mentions += other.Mentions;
        }

        public IReadOnlyList<string> Forms => _forms;

        public IReadOnlyList<string> FormsWith(string canonical) =>
            [canonical, .. _forms.Where(f => !f.Equals(canonical, StringComparison.Ordinal))];
    }
}
