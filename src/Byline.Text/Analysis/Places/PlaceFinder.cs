using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Byline.Text.Analysis.Entities;
using Byline.Text.Analysis.Quotes;

namespace Byline.Text.Analysis;

/// <summary>
/// Finds the places a story names against the <see cref="Gazetteer"/>: runs of capitals matched
/// longest first ("Kuala Lumpur", "Northern Ireland"), datelines ("KUALA LUMPUR:", "LONDON (Reuters) -"),
/// every form of one place merged ("the US", "U.S.", "America"). A name inside a person's or a
/// body's name is not a place ("Jack Straw", "Bank of England", "Manchester United"); a one-word
/// name that could be an ordinary word or a small town needs evidence: a preposition of place
/// before it ("in Reading") or a dateline.
/// </summary>
public static partial class PlaceFinder
{
    private static readonly FrozenSet<string> PlacePrepositions = new[]
    {
        "in", "from", "to", "at", "near", "outside", "across", "into", "around", "throughout", "visiting", "visit", "visited",
        "toward", "towards", "via", "inside", "within", "between", "against", "and", "of", "for", "over", "through", "leaving", "left",
    }.ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^\s*(?<place>[A-Z][A-Z .'’\-]{1,40}?[A-Z])\s*(?:,|:|\(|—|–|-)", RegexOptions.ExplicitCapture)]
    private static partial Regex CapitalsDateline();

    [GeneratedRegex(@"^\s*(?<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,3})\s*(?::|\(\w+\)\s*[—–-])", RegexOptions.ExplicitCapture)]
    private static partial Regex TitleDateline();

    public static IReadOnlyList<Entity> Find(StoryText story, IReadOnlyCollection<string> personNames)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(personNames);
        var gazetteer = Gazetteer.Default;
        var people = personNames.Select(n => n.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(t => t.Length > 0).ToList();
        var matches = new List<(string Form, int Paragraph, IReadOnlyList<GazetteerPlace> Candidates)>();
        var paragraphs = QuoteFinder.Bounded(story);

        if (story.Dateline is { Length: > 0 } dateline)
        {
            foreach (var part in dateline.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (gazetteer.Lookup(part) is { Count: > 0 } found)
                {
                    matches.Add((TitleCase(part), paragraphs.Count > 1 ? 1 : 0, found));
                }
            }
        }

        for (var p = 0; p < paragraphs.Count; p++)
        {
            var text = paragraphs[p];
            var skipTo = 0;
            if (p is >= 1 and <= 2 && Dateline(text) is { } opening && gazetteer.Lookup(opening.Name) is { Count: > 0 } placed)
            {
                matches.Add((TitleCase(opening.Name), p, placed));
                skipTo = opening.Length;
            }

            var titleCase = p == 0 && People.IsTitleCase(text);
            foreach (var run in NameRuns.In(text))
            {
                if (run.Index < skipTo || (titleCase && p == 0))
                {
                    continue;
                }

                // "Kenya's Daniel Kiprotich", "Bayan Lepas-based": a possessive or an adjective ends a name.
                var parts = NamePhrase.Names(run.Text);
                for (var part = 0; part < parts.Count; part++)
                {
                    var piece = parts[part];
                    Match(gazetteer, part == 0 ? run with { Text = piece } : run with { Text = piece, OpensSentence = false, Before = "" }, p, people, matches);
                }
            }
        }

        return Merge(matches);
    }

    private static void Match(Gazetteer gazetteer, NameRun run, int paragraph, List<string[]> people, List<(string, int, IReadOnlyList<GazetteerPlace>)> matches)
    {
        var words = run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "The United States and the US Congress": names joined by "and" are read one by one.
        var and = Array.IndexOf(words, "and");
        if (and > 0 && and < words.Length - 1 && (!EntityFinder.IsBody([.. words], opensSentence: false) || gazetteer.Lookup(string.Join(' ', words[..and])).Count > 0))
        {
            Match(gazetteer, run with { Text = string.Join(' ', words[..and]) }, paragraph, people, matches);
            Match(gazetteer, run with { Text = string.Join(' ', words[(and + 1)..]), OpensSentence = false, Before = "and" }, paragraph, people, matches);
            return;
        }

        if (words.Length > 1 && EntityFinder.IsBody([.. words], opensSentence: false))
        {
            return;
        }

        for (var i = 0; i < words.Length;)
        {
            var matched = 0;
            for (var length = Math.Min(gazetteer.LongestName, words.Length - i); length >= 1 && matched == 0; length--)
            {
                var slice = words[i..(i + length)];
                if (slice[0] is "of" or "and" or "the" or "for" or "on" || slice[^1] is "of" or "and" or "the" or "for" or "on")
                {
                    continue;
                }

                var form = string.Join(' ', slice);
                var found = gazetteer.Lookup(form);
                if (found.Count == 0)
                {
                    continue;
                }

                matched = length;
                if (Accept(run, words, i, length, found, people))
                {
                    matches.Add((form, paragraph, found));
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    private static bool Accept(NameRun run, string[] words, int at, int length, IReadOnlyList<GazetteerPlace> found, List<string[]> people)
    {
        var slice = words[at..(at + length)];

        // "Mr Reading", "Lord Bath", "Jack Straw": part of a person's name.
        if (at > 0 && (NameWords.Honorifics.Contains(words[at - 1]) || NameWords.Peers.Contains(words[at - 1])))
        {
            return false;
        }

        if (people.Any(name => Contains(name, slice)))
        {
            return false;
        }

        // "Manchester United", "Washington Post", "Bursa Malaysia": the place names something else.
        var next = at + length < words.Length ? words[at + length] : null;
        if (next is not null && next is not ("and" or "of" or "the" or "on" or "for") && !NameWords.Titles.Contains(next))
        {
            return false;
        }

        if (at > 0 && words[at - 1] is not ("and" or "of" or "the" or "on" or "for") && !NameWords.Titles.Contains(words[at - 1]))
        {
            return false;
        }

        // "Lord Lloyd of Berwick", "Commissioner of Police": the place is a peer's title or a post's.
        if (at >= 2 && words[at - 1] == "of" && words.Take(at - 1).Any(w => NameWords.Peers.Contains(w) || Organisations.RoleEnds.Contains(w)))
        {
            return false;
        }

        // "The Valley" is a town, "the Klang Valley" not it; the gazetteer's article must be the text's.
        var before = at == 0 ? run.Before : words[at - 1];
        if (found[0].Name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && !slice[0].Equals("the", StringComparison.OrdinalIgnoreCase) && before != "the")
        {
            return false;
        }

        if (length == 1 && !IsOneWordPlace(slice[0], found[0], before))
        {
            return false;
        }

        var best = found[0];
        var evidence = PlacePrepositions.Contains(before);
        var opensSentence = at == 0 && run.OpensSentence;
        return best.Kind switch
        {
            "country" or "capital" => !opensSentence || evidence || best.Kind == "country",
            "region" => evidence || !opensSentence,
            _ => evidence || (!opensSentence && best.Population >= 100_000),
        };
    }

    // "March", "West", "No" are a month, a point of the compass and a word; "the Centre" is a
    // government, where a country keeps its article ("the Netherlands", "the US").
    private static bool IsOneWordPlace(string word, GazetteerPlace best, string before)
    {
        if (Organisations.Calendar.Contains(word) || Organisations.Compass.Contains(word) || (word.Length <= 2 && !word.All(char.IsUpper)))
        {
            return false;
        }

        return before != "the" || best.Kind is "country" or "capital" || best.Name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) || word.All(c => char.IsUpper(c) || c == '.');
    }

    private static bool Contains(string[] name, string[] slice)
    {
        for (var i = 0; i + slice.Length <= name.Length; i++)
        {
            if (name.AsSpan(i, slice.Length).SequenceEqual(slice))
            {
                return true;
            }
        }

        return false;
    }

    // "KUALA LUMPUR: ...", "LONDON (Reuters) - ...", "NEW DELHI, March 3: ...", "Kuala Lumpur: ...".
    private static (string Name, int Length)? Dateline(string paragraph)
    {
        var capitals = CapitalsDateline().Match(paragraph);
        if (capitals.Success)
        {
            return (capitals.Groups["place"].Value.Trim(), capitals.Length);
        }

        var titled = TitleDateline().Match(paragraph);
        return titled.Success ? (titled.Groups["place"].Value.Trim(), titled.Length) : null;
    }

    private static string TitleCase(string text) =>
        text.Any(char.IsLower) ? text : string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    // One entity per gazetteer entry; a place named in a country the story names wins over a
    // bigger namesake elsewhere ("Perth" in a story about Australia).
    private static List<Entity> Merge(List<(string Form, int Paragraph, IReadOnlyList<GazetteerPlace> Candidates)> matches)
    {
        var countries = matches.Where(m => m.Candidates[0].Kind is "country" or "region").Select(m => m.Candidates[0].CountryCode).ToHashSet(StringComparer.Ordinal);
        var chosen = new List<(string Form, int Paragraph, GazetteerPlace Place)>();
        foreach (var (form, paragraph, candidates) in matches)
        {
            var place = candidates[0].Kind == "country" || countries.Contains(candidates[0].CountryCode)
                ? candidates[0]
                : candidates.FirstOrDefault(c => countries.Contains(c.CountryCode)) ?? candidates[0];
            chosen.Add((form, paragraph, place));
        }

        return [.. chosen.GroupBy(c => c.Place.GeoNameId).Select(g =>
        {
            var place = g.First().Place;
            var forms = g.Select(c => c.Form).Distinct(StringComparer.Ordinal).ToList();
            var name = forms.Find(f => Gazetteer.Fold(f) == Gazetteer.Fold(place.Name)) is { } exact ? place.Name : forms.OrderByDescending(f => f.Length).First();
            return new Entity(EntityKind.Place, name, [name, .. forms.Where(f => f != name)], g.Count(), g.Min(c => c.Paragraph), Place: place);
        }).OrderBy(e => e.FirstParagraph)];
    }
}
