using System.Text.Json;
using System.Text.RegularExpressions;

namespace Byline.Text.Analysis;

/// <summary>How many entities of one kind were labelled, found, and found right.</summary>
public sealed record KindScore(int Labelled, int Found, int Matched)
{
    public double Precision => Found == 0 ? 1 : (double)Matched / Found;
    public double Recall => Labelled == 0 ? 1 : (double)Matched / Labelled;

    public static KindScore operator +(KindScore a, KindScore b) =>
        new(a.Labelled + b.Labelled, a.Found + b.Found, a.Matched + b.Matched);
}

/// <summary>
/// How a story's found entities compare with its hand labels: precision and recall per kind, and
/// how well other forms were merged (<see cref="Forms"/> labelled other names present in the text,
/// <see cref="FormsMerged"/> of them found under the right entity; <see cref="WrongMerges"/> found
/// entities that hold the names of two labelled ones).
/// </summary>
public sealed record EntityScore(
    string Style,
    KindScore People,
    KindScore Organisations,
    KindScore Places,
    int Forms,
    int FormsMerged,
    int WrongMerges,
    IReadOnlyList<string> Misses)
{
    public double MergeRate => Forms == 0 ? 1 : (double)FormsMerged / Forms;

    public KindScore Of(EntityKind kind) => kind switch
    {
        EntityKind.Person => People,
        EntityKind.Organisation => Organisations,
        _ => Places,
    };

    public static EntityScore Sum(string style, IEnumerable<EntityScore> scores)
    {
        var all = scores.ToList();
        var none = new KindScore(0, 0, 0);
        return new EntityScore(
            Style: style,
            People: all.Aggregate(none, (s, e) => s + e.People),
            Organisations: all.Aggregate(none, (s, e) => s + e.Organisations),
            Places: all.Aggregate(none, (s, e) => s + e.Places),
            Forms: all.Sum(s => s.Forms),
            FormsMerged: all.Sum(s => s.FormsMerged),
            WrongMerges: all.Sum(s => s.WrongMerges),
            Misses: [.. all.SelectMany(s => s.Misses)]);
    }
}

/// <summary>
/// Scores found entities against a story's `entities` and `aliases` labels. Names are compared
/// under <see cref="Key"/>: without case, accents, full stops, apostrophes or a leading "the"
/// ("the Tories" is "Tories", "U.S." is "US"). A found entity matches a label of its kind when its
/// name, or failing that one of its forms, is the label's canonical name or one of its aliases;
/// each label is matched once, so a second entity for the same label (a form left unmerged) is a
/// false positive, and so is one labelled under another kind. Aliases that are descriptions
/// ("the prime minister", "the council": no capital once "the" is off) are not names the finder
/// merges and are left out of the merge score; a name alias counts only where the text uses it
/// outside the longer forms that contain it ("Alliance" apart from "Countryside Alliance").
/// </summary>
public static class EntityEvaluation
{
    private static readonly (string Label, EntityKind Kind)[] Kinds =
        [("people", EntityKind.Person), ("organisations", EntityKind.Organisation), ("places", EntityKind.Place)];

    /// <summary>The scores, or null when the labels list no entities.</summary>
    public static EntityScore? Score(string name, string style, string text, IReadOnlyList<Entity> found, string labelsJson)
    {
        ArgumentNullException.ThrowIfNull(found);
        using var document = JsonDocument.Parse(labelsJson);
        if (!document.RootElement.TryGetProperty("entities", out var entities))
        {
            return null;
        }

        var labels = Labels(entities, document.RootElement.TryGetProperty("aliases", out var a) ? a : default);
        var misses = new List<string>();
        var matchedBy = new Dictionary<Label, Entity>();
        var counts = Kinds.ToDictionary(k => k.Kind, _ => (Found: 0, Matched: 0));
        foreach (var entity in found)
        {
            var (f, m) = counts[entity.Kind];
            var label = Match(labels, entity);
            if (label is null)
            {
                misses.Add($"{name}: not labelled: {Describe(entity)}");
            }
            else if (label.Kind != entity.Kind)
            {
                misses.Add($"{name}: {Describe(entity)} is labelled {label.Kind.ToString().ToLowerInvariant()} \"{label.Canonical}\"");
            }
            else if (matchedBy.ContainsKey(label))
            {
                misses.Add($"{name}: {Describe(entity)} is a second entity for \"{label.Canonical}\"");
            }
            else
            {
                matchedBy[label] = entity;
                m++;
            }

            counts[entity.Kind] = (f + 1, m);
        }

        misses.AddRange(labels.Where(l => !matchedBy.ContainsKey(l)).Select(l => $"{name}: missed {l.Kind.ToString().ToLowerInvariant()} \"{l.Canonical}\""));
        var (forms, merged) = (0, 0);
        foreach (var label in labels)
        {
            foreach (var alias in label.Aliases.Where(x => IsName(x) && Key(x) != Key(label.Canonical) && Present(text, x, label)))
            {
                forms++;
                if (matchedBy.TryGetValue(label, out var entity) && KeysOf(entity).Contains(Key(alias)))
                {
                    merged++;
                }
                else
                {
                    misses.Add($"{name}: \"{alias}\" not merged into \"{label.Canonical}\"");
                }
            }
        }

        var wrong = 0;
        foreach (var entity in found)
        {
            var keys = KeysOf(entity);
            var held = labels.Where(l => l.Keys.Overlaps(keys)).ToList();
            if (held.Count > 1)
            {
                wrong++;
                misses.Add($"{name}: {Describe(entity)} merges {string.Join(" and ", held.Select(l => $"\"{l.Canonical}\""))}");
            }
        }

        KindScore Kind(EntityKind kind) => new(labels.Count(l => l.Kind == kind), counts[kind].Found, counts[kind].Matched);
        return new EntityScore(
            Style: style,
            People: Kind(EntityKind.Person),
            Organisations: Kind(EntityKind.Organisation),
            Places: Kind(EntityKind.Place),
            Forms: forms,
            FormsMerged: merged,
            WrongMerges: wrong,
            Misses: misses);
    }

    /// <summary>The form under which names are compared: "the U.S." and "US" are one.</summary>
    public static string Key(string name) =>
        Gazetteer.Fold(name.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal));

    private static List<Label> Labels(JsonElement entities, JsonElement aliases)
    {
        var labels = new List<Label>();
        foreach (var (property, kind) in Kinds)
        {
            if (!entities.TryGetProperty(property, out var names))
            {
                continue;
            }

            foreach (var canonical in names.EnumerateArray().Select(n => n.GetString() ?? ""))
            {
                var others = aliases.ValueKind == JsonValueKind.Object && aliases.TryGetProperty(canonical, out var list)
                    ? list.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
                    : [];
                labels.Add(new Label(canonical, kind, others, [Key(canonical), .. others.Select(Key)]));
            }
        }

        return labels;
    }

    private static Label? Match(List<Label> labels, Entity entity)
    {
        var name = Key(entity.Name);
        return labels.Find(l => l.Kind == entity.Kind && l.Keys.Contains(name))
            ?? labels.Find(l => l.Keys.Contains(name))
            ?? entity.Forms.Select(Key).Select(k => labels.Find(l => l.Kind == entity.Kind && l.Keys.Contains(k))).FirstOrDefault(l => l is not null);
    }

    private static HashSet<string> KeysOf(Entity entity) => [Key(entity.Name), .. entity.Forms.Select(Key)];

    // "Mr Clarke", "Tory", "LGA" name the entity; "the minister" only describes it.
    private static bool IsName(string alias) => alias.Any(char.IsUpper);

    // The alias stands in the text as words of its own, not only inside a longer form of the label.
    private static bool Present(string text, string alias, Label label)
    {
        var masked = text;
        foreach (var longer in label.Aliases.Append(label.Canonical).Where(f => f.Length > alias.Length && f.Contains(alias, StringComparison.OrdinalIgnoreCase)))
        {
            masked = masked.Replace(longer, " ", StringComparison.OrdinalIgnoreCase);
        }

        return Regex.IsMatch(masked, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(alias)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    private static string Describe(Entity entity) =>
        $"{entity.Kind.ToString().ToLowerInvariant()} \"{entity.Name}\"" + (entity.Forms.Count > 1 ? $" ({string.Join(", ", entity.Forms.Skip(1))})" : "");

    private sealed record Label(string Canonical, EntityKind Kind, IReadOnlyList<string> Aliases, HashSet<string> Keys);
}
