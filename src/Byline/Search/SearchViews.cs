namespace Byline.Site.Views;

// What the theme's search.liquid sees as `search` (and the masthead's search form as search.query).
public sealed record SearchView(
    string Query,
    bool Searched,
    int Total,
    bool Capped,
    IReadOnlyList<SearchResultView> Results,
    Pagination? Pagination,
    IReadOnlyList<SearchOptionView> Sections,
    SearchOptionView? Author,
    string? AnyAuthorUrl,
    string From,
    string To,
    IReadOnlyList<string> Errors);

// Snippet is encoded story text with <mark> around the matches: print it with `| raw`.
public sealed record SearchResultView(
    string Headline, string Url, string? Dek, string Snippet, TimeView Published, LinkView? Section, IReadOnlyList<LinkView> Authors);

public sealed record SearchOptionView(string Label, string Value, bool Selected);
