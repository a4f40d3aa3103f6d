namespace Byline.Api.Quotes;

/// <summary>A page of quotes, newest story first, in reading order within a story.</summary>
public sealed record QuotesResponse(IReadOnlyList<QuoteHit> Quotes, QuotesMeta Meta);

/// <summary>
/// One quote. <c>Speaker</c> is null when the story does not say who spoke, or an editor rejected
/// the name; <c>Mention</c> is how the story named the speaker for this quote ("he", "Mr Anwar").
/// <c>Paragraph</c> counts the story's text as analysed: 0 is the headline, then the dek when there
/// is one, then the body's paragraphs. <c>Fragment</c>: a few quoted words inside a sentence;
/// <c>Continues</c>: carries on the quote before it, in a new paragraph.
/// </summary>
public sealed record QuoteHit(string Text, QuoteSpeaker? Speaker, string? Mention, int Paragraph, bool Fragment, bool Continues, QuoteStory Story);

/// <summary>A person or organisation, with its page on the site. <c>Kind</c> is person, organisation or place.</summary>
public sealed record QuoteSpeaker(string Name, string Slug, string Kind, string Url);

/// <summary>The published story a quote is from; the time is in the publication's zone.</summary>
public sealed record QuoteStory(string Title, string Url, DateTimeOffset PublishedAt);

/// <summary>Where this page sits among all the quotes found.</summary>
public sealed record QuotesMeta(QuotesPagination Pagination);

/// <summary>As Ghost's: <c>Next</c> and <c>Prev</c> are page numbers, or null.</summary>
public sealed record QuotesPagination(int Page, int Limit, int Pages, int Total, int? Next, int? Prev);
