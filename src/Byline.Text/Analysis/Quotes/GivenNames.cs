using System.Collections.Frozen;

namespace Byline.Text.Analysis.Quotes;

// Some 5,000 popular given names in English, French, Spanish, Italian, German and Dutch
// (given-names.txt, built by scripts/given-names.sh from the npm package human-names). Too many
// are also words ("Will", "Grace", "Mark") to count as evidence that a capitalised word is a
// person; they serve to tell a name from the word before it: in "Striker Rupert Eddlestone" the
// name begins at Rupert, because "Striker" is no one's given name.
internal static class GivenNames
{
    private static readonly FrozenSet<string> All = Load();

    public static bool Contains(string word) => All.Contains(word) || FirstNames.GenderOf(word) != '?';

    // "Passenger Fergus Tandlemoor": a first word that is no given name, before one that is, says
    // what the person is, not who. Honorifics, peers' titles and Malay and Arabic name words
    // ("Datuk", "Wan", "bin") are left to the rules that know them.
    public static bool OpensWithDescription(IReadOnlyList<string> words) =>
        words.Count > 2 && words[0].Length > 2 && char.IsUpper(words[0][0]) && words[0].Skip(1).All(char.IsLower)
        && !Contains(words[0]) && Contains(words[1])
        && !NameWords.Honorifics.Contains(words[0]) && !NameWords.Peers.Contains(words[0]) && !NameWords.Titles.Contains(words[0]);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("Byline.Text.given-names.txt")
            ?? throw new InvalidOperationException("The given-names list is missing from the build.");
        using var reader = new StreamReader(stream);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 2 && line[0] != '#')
            {
                names.Add(line[2..]);
            }
        }

        return names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
