namespace Byline.Text.Analysis;

/// <summary>
/// A story as the analysis reads it: its blocks of text in reading order. Paragraph 0 is the
/// headline; then the dek (when there is one), the body's paragraphs and any captions, each an
/// entry of its own. Every index the analysis reports is an index into <see cref="Paragraphs"/>.
/// </summary>
public sealed record StoryText(IReadOnlyList<string> Paragraphs, string? Dateline = null)
{
    public static StoryText From(string headline, string? dek, IEnumerable<string> body, IEnumerable<string>? captions = null, string? dateline = null)
    {
        var paragraphs = new List<string> { headline };
        if (!string.IsNullOrWhiteSpace(dek))
        {
            paragraphs.Add(dek);
        }

        paragraphs.AddRange(body);
        paragraphs.AddRange(captions ?? []);
        return new StoryText(paragraphs, dateline);
    }
}

/// <summary>
/// A direct quote: the words inside one pair of double quotation marks (or up to the end of the
/// paragraph, for a quote that runs on into the next one) and who said them.
/// </summary>
/// <param name="Text">The quoted words, without the quotation marks.</param>
/// <param name="Speaker">The canonical name of the person or body, as the story first gives it in full; null when the story does not say.</param>
/// <param name="Mention">The words in the text that named the speaker for this quote ("he", "the prime minister", "Mr Anwar"); null with no speaker.</param>
/// <param name="Paragraph">Index into <see cref="StoryText.Paragraphs"/>.</param>
/// <param name="Start">Offset of the first quoted character within that paragraph.</param>
/// <param name="Length">Length of the quoted text within that paragraph.</param>
/// <param name="Cue">The reporting verb or phrase ("said", "told reporters", "according to"); null when the quote floats.</param>
/// <param name="Role">The speaker's title or position as the story gives it ("the prime minister"), when it does.</param>
/// <param name="IsFragment">One to three words of the speaker's, set inside the reporter's sentence.</param>
/// <param name="Continues">Carries on the stretch of speech of the quote just before it (a split quote, a later paragraph).</param>
public sealed record Quote(
    string Text,
    string? Speaker,
    string? Mention,
    int Paragraph,
    int Start,
    int Length,
    string? Cue = null,
    string? Role = null,
    bool IsFragment = false,
    bool Continues = false);

public enum EntityKind
{
    Person,
    Organisation,
    Place,
}

/// <summary>
/// A person, organisation or place the story names, with every form under which it does so merged
/// ("Datuk Seri Anwar Ibrahim", "Anwar Ibrahim", "Mr Anwar", "Anwar" are one person).
/// </summary>
/// <param name="Name">The canonical name: the fullest form the story gives, honorifics dropped.</param>
/// <param name="Forms">Every form found in the text, the canonical one first.</param>
/// <param name="Mentions">How many times the story names it, pronouns not counted.</param>
/// <param name="FirstParagraph">Where it is first named (index into <see cref="StoryText.Paragraphs"/>).</param>
/// <param name="Description">Who or what it is, as the story describes it ("Malaysia's prime minister"), when it does.</param>
/// <param name="Place">For places: the gazetteer's entry it was matched to.</param>
public sealed record Entity(
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Forms,
    int Mentions,
    int FirstParagraph,
    string? Description = null,
    GazetteerPlace? Place = null);

/// <summary>An entry of the gazetteer shipped with Byline (GeoNames data): a country, region or city.</summary>
public sealed record GazetteerPlace(long GeoNameId, string Name, string CountryCode, string Kind, double Latitude, double Longitude, long Population);

/// <summary>What the analysis found in one story.</summary>
public sealed record StoryAnalysis(IReadOnlyList<Quote> Quotes, IReadOnlyList<Entity> Entities)
{
    public static readonly StoryAnalysis Empty = new([], []);
}
