using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>What may stand as the place in a dateline: "Kuala Lumpur", "NEW DELHI", "São Paulo", "Dar es Salaam".</summary>
internal static partial class PlaceNames
{
    private const int MaxWords = 5;

    private static readonly HashSet<string> _particles = new(StringComparer.Ordinal)
    {
        "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "les", "el", "al", "es",
        "of", "upon", "on", "am", "an", "im", "sur", "en", "y", "au", "aux", "bin", "van", "von", "der", "the",
    };

    // Capitalised words that open ordinary sentences, titles of people, and labels: never a place.
    private static readonly HashSet<string> _notPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "however", "but", "and", "or", "so", "yet", "still", "also", "moreover", "furthermore", "indeed",
        "meanwhile", "separately", "additionally", "finally", "overall", "instead", "then", "thus", "therefore",
        "now", "here", "there", "today", "yesterday", "tomorrow", "tonight", "earlier", "later", "first",
        "second", "third", "last", "next", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their",
        "our", "my", "this", "that", "these", "those", "the", "a", "an", "in", "on", "at", "for", "to",
        "from", "by", "with", "as", "if", "when", "while", "after", "before", "since", "why", "what", "how",
        "who", "where", "which", "note", "notes", "update", "updated", "correction", "clarification",
        "editor", "editors", "editor's", "editor’s", "warning", "breaking", "exclusive", "analysis",
        "opinion", "comment", "watch", "listen", "read", "photo", "video", "source", "sources", "q", "a",
        "question", "answer", "summary", "context", "background", "tags", "published", "posted", "mr", "mr.",
        "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "president", "prime", "minister", "secretary",
        "senator", "governor", "chief", "general", "king", "queen", "pope", "sheikh", "key", "bottom",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yes", "no", "ok",
        "okay", "well", "please", "thanks", "dear", "hello", "hi", "step", "tip", "fact", "facts", "quote",
    };

    // A story filed from two cities at once: "MANILA/BEIJING", "Washington / London".
    public static bool IsPlaces(string text)
    {
        var places = text.Split('/', StringSplitOptions.TrimEntries);
        return places.Length <= 4 && Array.TrueForAll(places, p => p.Length > 0 && IsPlace(p));
    }

    public static bool IsPlace(string text)
    {
        var words = text.Split(' ', MaxWords * 2, StringSplitOptions.RemoveEmptyEntries);
        var named = words.Count(w => !_particles.Contains(w));
        return named is >= 1 and <= MaxWords
            && !_notPlaces.Contains(words[0])
            && PlaceWord().IsMatch(words[0])
            && PlaceWord().IsMatch(words[^1])
            && Array.TrueForAll(words, w => PlaceWord().IsMatch(w) || _particles.Contains(w));
    }

    // The part after a comma: a state or country ("Pakistan", "Calif.", "D.C.", "Uttar Pradesh").
    public static bool IsRegion(string text) => IsPlace(text) && text.Split(' ').Length <= 3;

    // A capitalised word or an all-caps one; letters of any script that has no lowercase count too.
    [GeneratedRegex(@"^[\p{Lu}\p{Lt}\p{Lo}][\p{L}\p{M}'’.\-‑]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceWord();
}
