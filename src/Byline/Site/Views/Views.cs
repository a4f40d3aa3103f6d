namespace Byline.Site.Views;

// What the theme's templates see. Names reach Liquid in snake_case: story.published.display.

public sealed record ThemeModel(SiteView Site, MetaView Meta, AdsView Ads, IReadOnlyList<StoryCard> Latest)
{
    public StoryView? Story { get; init; }
    public HomeView? Home { get; init; }
    public ListingView? Listing { get; init; }
    public PageView? Page { get; init; }
    public ErrorView? Error { get; init; }
    public SearchView? Search { get; init; }
    public CorrectionsView? Corrections { get; init; }
    public EntityView? Entity { get; init; }
}

public sealed record SiteView(
    string Name, string? Tagline, string Language, string BaseUrl, string? LogoUrl, string Copyright,
    IReadOnlyList<LinkView> FooterLinks, IReadOnlyList<LinkView> Sections)
{
    // Absolute: the publication's logo, or the theme's logo.png when it has none (JSON-LD publisher).
    public string PublisherLogoUrl { get; init; } = "";
}

public sealed record MetaView(string Title, string? Description, string CanonicalUrl, string Type)
{
    // Feeds a reader's app finds from this page: the site's everywhere, a listing's own on it.
    public IReadOnlyList<FeedLink> Feeds { get; init; } = [];

    // Absolute, for Open Graph and Twitter cards.
    public ImageView? Image { get; init; }

    public ArticleMeta? Article { get; init; }

    // Serialized JSON-LD blocks, already safe inside a script element (see Seo/StructuredData).
    public IReadOnlyList<string> JsonLd { get; init; } = [];
}

public sealed record FeedLink(string Title, string Url, string Type);

// Open Graph's article:* properties. Authors are the absolute addresses of their pages.
public sealed record ArticleMeta(string PublishedTime, string ModifiedTime, string? Section, IReadOnlyList<string> Authors, IReadOnlyList<string> Tags);

public sealed record LinkView(string Label, string Url, bool Current = false);

public sealed record TimeView(string Iso, string Display);

public sealed record ImageView(string Url, string Alt, string? Caption, string? Credit)
{
    // Set for an image from the media library: its size (so the page keeps its space before the
    // image arrives) and the srcset values of its variants.
    public int? Width { get; init; }
    public int? Height { get; init; }
    public string? WebpSrcset { get; init; }
    public string? Srcset { get; init; }

    public static ImageView From(string url, string alt, string? caption, string? credit, int? width, int? height, IReadOnlyList<Media.MediaVariant>? variants) =>
        new(url, alt, caption, credit)
        {
            Width = width,
            Height = height,
            WebpSrcset = Media.Srcset.Webp(variants),
            Srcset = Media.Srcset.Fallback(variants),
        };
}

public sealed record StoryCard(
    string Headline, string Url, string? Dek, LinkView? Section, TimeView Published,
    IReadOnlyList<LinkView> Authors, ImageView? Image);

public sealed record AuthorView(
    string Name, string Url, string? JobTitle, string? Bio, string? PhotoUrl, string? Website,
    IReadOnlyList<LinkView> Social);

// Kind is "correction" or "update" (for class names and JSON-LD), Label the word readers see.
public sealed record CorrectionView(string Kind, string Label, TimeView At, string Text)
{
    public static CorrectionView From(Correction correction, TimeView at) => correction.Kind == CorrectionKind.Update
        ? new("update", "Update", at, correction.Text)
        : new("correction", "Correction", at, correction.Text);
}

// One line of the public /corrections page: the note and the story it belongs to.
public sealed record CorrectionEntryView(CorrectionView Note, string Headline, string Url);

public sealed record CorrectionsView(IReadOnlyList<CorrectionEntryView> Entries, Pagination Pagination);

public sealed record StoryView(
    string Headline, string Url, string? Dek, string? Dateline, LinkView? Section, TimeView Published,
    TimeView? Updated, IReadOnlyList<AuthorView> Authors, IReadOnlyList<LinkView> Tags, ImageView? Image,
    string BodyBeforeAd, string BodyAfterAd, IReadOnlyList<CorrectionView> Corrections)
{
    // Who and what the story names, who it quotes, and the stories related to it.
    public StoryInsightView? Insight { get; init; }
}

// Kind is "person", "organisation" or "place"; Quotes is how many quotes the story gives them.
public sealed record EntityLink(string Kind, string Name, string Url, string? Description, int Mentions, int Quotes);

public sealed record QuoteView(string Text, LinkView? Speaker, string? SpeakerName, bool IsFragment);

public sealed record StoryInsightView(
    IReadOnlyList<EntityLink> People, IReadOnlyList<EntityLink> Organisations, IReadOnlyList<EntityLink> Places,
    IReadOnlyList<QuoteView> Quotes, IReadOnlyList<StoryCard> Related)
{
    public bool IsEmpty => People.Count + Organisations.Count + Places.Count + Quotes.Count + Related.Count == 0;
}

// One quote on a person's page, with the story it is from.
public sealed record EntityQuoteView(string Text, string Headline, string Url, TimeView Published);

// A person's, organisation's or place's page. KindLabel is what a reader sees ("Person").
public sealed record EntityView(
    string Kind, string KindLabel, string Name, string? Description, string Url, LinkView? Author,
    IReadOnlyList<EntityQuoteView> Quotes, int QuoteCount, IReadOnlyList<StoryCard> Stories, int StoryCount, Pagination Pagination);

public sealed record AdView(string Name, string Placement, int Width, int Height, string? Html, string? ImageUrl, string? LinkUrl, string? Alt, int AfterParagraph);

public sealed record AdsView(AdView? TopBanner, AdView? InStory, AdView? Rail, AdView? Footer);

public sealed record Pagination(int Page, int TotalPages, string? PreviousUrl, string? NextUrl);

public sealed record SectionBlock(LinkView Section, IReadOnlyList<StoryCard> Stories);

public sealed record HomeView(StoryCard? Lead, IReadOnlyList<StoryCard> Latest, IReadOnlyList<SectionBlock> Sections, Pagination Pagination);

public sealed record ListingView(
    string Kind, string Title, string? Description, IReadOnlyList<StoryCard> Stories, Pagination Pagination, AuthorView? Author);

public sealed record PageView(string Title, string Body, TimeView Updated);

public sealed record ErrorView(int Status, string Title, string Message);
