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
public static class EntityFinder
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
            var titleCase = p == 0 && People.IsTitleCase(paragraphs[p]);
            foreach (var run in NameRuns.In(paragraphs[p]))
            {
                var parts = NamePhrase.Names(run.Text);
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
                found.Body(body, body, quote.Paragraph, counted: false);
            }
        }

        found.Speakers.UnionWith(quotes.Select(q => q.Speaker).OfType<string>());
        var personNames = found.People.Select(e => e.Name).ToList();
        var places = PlaceFinder.Find(new StoryText(paragraphs, dateline), personNames);
        return [.. found.Entities(people, places)];
    }

    private static void Read(Found found, People people, NameRun run, int paragraph, bool titleCase)
    {
        var words = run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (NameWords.NotNames.Contains(words[0]) || Organisations.Credits.Contains(words[0])))
        {
            words.RemoveAt(0);
        }

        // "Labour MP Joe Bloggs", "Tory leader Michael Howard": a party among the title words counts.
        // "Home Office" and "Conservative Party" begin with title words and are bodies whole.
        while (words.Count > 1 && !IsBody(words, opensSentence: false) && (NameWords.Titles.Contains(words[0]) || Organisations.NotBodies.Contains(words[0])))
        {
            if (Organisations.Parties.Contains(words[0]) || words[0] is "Tory" && words.Count > 1)
            {
                found.Body(words[0] is "Tory" ? "Tories" : words[0], words[0], paragraph, counted: true);
            }

            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return;
        }

        var text = string.Join(' ', words);
        var opensSentence = run.OpensSentence && words.Count == run.Text.Split(' ').Length;
        // "BBC Radio", "CNN International": the broadcaster is the body the story names.
        if (words.Count == 2 && Organisations.IsAcronym(words[0]) && Organisations.Outlets.Contains(words[1]))
        {
            found.Body(words[0], text, paragraph, counted: true);
            return;
        }

        if (IsBody(words, opensSentence))
        {
            found.Body(text, run.Before == "the" ? "the " + text : text, paragraph, counted: true);
            return;
        }

        // "Conservative leader Michael Howard and Liberal Democrat Charles Kennedy": names joined by "and".
        var and = words.IndexOf("and");
        if (and > 0 && and < words.Count - 1)
        {
            Read(found, people, run with { Text = string.Join(' ', words[..and]) }, paragraph, titleCase);
            Read(found, people, run with { Text = string.Join(' ', words[(and + 1)..]), OpensSentence = false, Before = "" }, paragraph, titleCase);
            return;
        }

        if (words.Contains("of") || words.Contains("for") || words.Contains("the") || words.Contains("on"))
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

        public HashSet<string> Speakers { get; } = new(StringComparer.Ordinal);

        public IEnumerable<Tally> People => _people.Where(p => IsPerson(p.Key, p.Value)).Select(p => p.Value);

        // A person needs evidence: an honorific, a known given name, a title, a quote, a mention by
        // surname alone; a name of one word needs an honorific or a peerage ("Mr Razak", "Lord Janner").
        private bool IsPerson(Named person, Tally tally)
        {
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

        public void Body(string name, string form, int paragraph, bool counted)
        {
            var key = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
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
            var entities = new List<Entity>();
            foreach (var (person, tally) in _people.Where(p => IsPerson(p.Key, p.Value)))
            {
                if (placeForms.Contains(person.Name) && !(person.Gender != '?' || person.Spoke))
                {
                    continue;
                }

                entities.Add(new Entity(EntityKind.Person, person.Name, tally.FormsWith(person.Name), tally.Mentions, tally.First, Describe(person)));
            }

            foreach (var tally in MergeAcronyms(_bodies.Values))
            {
                if (placeForms.Contains(tally.Name) || entities.Any(e => e.Name.Equals(tally.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                entities.Add(new Entity(EntityKind.Organisation, tally.Name, tally.FormsWith(tally.Name), tally.Mentions, tally.First));
            }

            entities.AddRange(places);
            return entities.OrderBy(e => e.FirstParagraph).ThenBy(e => e.Kind);
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

        public string Name { get; } = name;
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

        public IReadOnlyList<string> FormsWith(string canonical) =>
            [canonical, .. _forms.Where(f => !f.Equals(canonical, StringComparison.Ordinal))];
    }
}
