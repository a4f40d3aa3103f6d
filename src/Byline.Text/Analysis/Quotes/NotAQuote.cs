namespace Byline.Text.Analysis.Quotes;

/// <summary>
/// Double quotation marks that hold no one's words: the title of a work, a nickname, a term, a
/// ballot option or a scare quote. Told apart by the words around them, never by a list of phrases.
/// </summary>
internal static class NotAQuote
{
    private static readonly HashSet<string> Naming = new(StringComparer.OrdinalIgnoreCase)
    {
        "so-called", "dubbed", "nicknamed", "titled", "entitled", "headlined", "headline", "named", "renamed", "branded as", "word",
        "words", "term", "phrase", "slogan", "motto", "label", "tagline", "hashtag", "banner", "reads", "read", "marked", "slogans",
    };

    private static readonly HashSet<string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "vote", "votes", "campaign", "policy", "programme", "program", "strategy", "option", "camp", "side", "label", "slogan", "rule",
        "doctrine", "era", "agenda", "scheme", "initiative", "project", "plan", "bill", "act", "movement", "group", "brand", "vote.",
        "vote,", "camp,", "campaign,", "policy,", "side,", "option,", "rule,", "doctrine,", "scheme,", "plan,",
    };

    private static readonly HashSet<string> Works = new(StringComparer.OrdinalIgnoreCase)
    {
        "report", "book", "film", "movie", "album", "song", "play", "show", "series", "programme", "program", "documentary", "paper",
        "article", "column", "essay", "poem", "novel", "exhibition", "campaign", "scheme", "strategy", "initiative", "plan", "policy",
        "document", "pamphlet", "leaflet", "manifesto", "blog", "podcast", "game", "opera", "musical", "painting", "website", "group",
        "operation", "party", "project", "conference", "event", "festival", "organisation", "organization", "charity", "company", "firm",
    };

    public static bool Is(string quoted, string before, string after, Cue? cue, string sentence, int paragraph)
    {
        var tokens = quoted.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var lead = before.TrimEnd().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var last = lead.Length > 0 ? lead[^1].TrimEnd(',', ':').ToLowerInvariant() : "";
        var lastTwo = lead.Length > 1 ? lead[^2].ToLowerInvariant() + " " + last : last;
        var next = after.TrimStart(',', '”', '"', ' ').Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        var attributedAfter = cue is { After: true };

        var beforeArticle = last is "the" or "a" or "an" && lead.Length > 1 ? lead[^2].ToLowerInvariant() : "";
        if (Naming.Contains(last) || Naming.Contains(beforeArticle) || lastTwo is "known as" or "referred to" or "described as the" or "the word" or "the term" or "the phrase")
        {
            return true;
        }

        // "a report called", "the film named": the name of a work or a body.
        if (last is "called" && lead.Length > 1 && Works.Contains(lead[^2].TrimEnd(',')))
        {
            return true;
        }

        if (tokens.Length <= 4 && Kinds.Contains(next) && !attributedAfter)
        {
            return true;
        }

        if (attributedAfter)
        {
            return false;
        }

        // Words standing in Title Case, with no sentence of their own, name something.
        if (tokens.Length <= 8 && paragraph > 0 && IsTitleCase(tokens) && !quoted.TrimEnd().EndsWith(',') && !quoted.TrimEnd().EndsWith('.'))
        {
            return true;
        }

        // One to three words no one is said to have said: a scare quote or a term.
        return tokens.Length <= 3 && (cue is null || !Attribution.HasReportingVerb(sentence));
    }

    private static bool IsTitleCase(string[] tokens)
    {
        var significant = tokens.Where(t => t.Length > 3 || t.Any(char.IsUpper)).ToList();
        return significant.Count > 0 && significant.All(t => t.TrimStart('(', '\'', '‘') is { Length: > 0 } w && char.IsUpper(w[0])) && tokens.Any(t => t.Length > 1);
    }
}
