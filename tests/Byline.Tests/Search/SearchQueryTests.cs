using Byline.Search;

namespace Byline.Tests.Search;

// What reaches the full-text engines: only words this code quotes itself.
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("flood", "\"flood\"*", "'flood':*")]
    [InlineData("Floods in KL", "\"floods\"* AND \"in\" AND \"kl\"", "'floods':* & 'in' & 'kl'")]
    [InlineData("\"river data\" dam", "\"river data\" AND \"dam\"*", "('river' <-> 'data') & 'dam':*")]
    [InlineData("“Kota Bharu”", "\"kota bharu\"", "('kota' <-> 'bharu')")]
    [InlineData("\"exact\"", "\"exact\"", "'exact'")]
    [InlineData("unclosed \"phrase here", "\"unclosed\"* AND \"phrase here\"", "'unclosed':* & ('phrase' <-> 'here')")]
    [InlineData("cats AND dogs OR NOT NEAR", "\"cats\"* AND \"dogs\"*", "'cats':* & 'dogs':*")]
    [InlineData("India's O'Brien", "\"india\"* AND \"s\" AND \"o\" AND \"brien\"*", "'india':* & 's' & 'o' & 'brien':*")]
    [InlineData("Nguyễn", "\"nguyễn\"*", "'nguyễn':*")]
    [InlineData("headline:x* -y (z) ^w {v}", "\"headline\"* AND \"x\" AND \"y\" AND \"z\" AND \"w\" AND \"v\"", "'headline':* & 'x' & 'y' & 'z' & 'w' & 'v'")]
    [InlineData("a a a", "\"a\"", "'a'")]
    public void AQueryBecomesQuotedWordsAndPhrases(string typed, string fts5, string tsquery)
    {
        var query = SearchQuery.Parse(typed);

        Assert.Equal(fts5, query.ToFts5());
        Assert.Equal(tsquery, query.ToTsQuery());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\" '' ***")]
    [InlineData("AND OR NOT")]
    [InlineData("\u0000\u202e\uE000\uE001")]
    [InlineData("😀 ✓ → ©")]
    public void AQueryWithNoWordsIsEmpty(string? typed) => Assert.True(SearchQuery.Parse(typed).IsEmpty);

    [Fact]
    public void AnEndlessQueryIsCutShort()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 500).Select(i => $"word{i}")));

        Assert.InRange(query.Units.Count, 1, 16);
    }

    [Theory]
    [InlineData("plain <text> & \"quotes\"", "plain &lt;text&gt; &amp; &quot;quotes&quot;")]
    [InlineData("a \uE000match\uE001 b", "a <mark>match</mark> b")]
    [InlineData("\uE000<script>\uE001", "<mark>&lt;script&gt;</mark>")]
    [InlineData("\uE000open at the end", "<mark>open at the end</mark>")]
    [InlineData("stray\uE001 \uE000\uE000double\uE001", "stray <mark>double</mark>")]
    [InlineData("<mark>not ours</mark>", "&lt;mark&gt;not ours&lt;/mark&gt;")]
    [InlineData("\uE002script> \uE000x\uE001", "&lt;script&gt; <mark>x</mark>")]
    public void SnippetsAreEncodedAndOnlyTheSentinelsBecomeMarks(string snippet, string html) =>
        Assert.Equal(html, Highlights.ToHtml(snippet));

    [Theory]
    [InlineData("<p>One</p><p>two &amp; three</p>", "One two & three")]
    [InlineData("<p>snicker<em>snack</em></p>", "snickersnack")]
    [InlineData("<p><a href=\"/x?a=1&amp;b=>2\" title='it>s'>link</a> text</p>", "link text")]
    [InlineData("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", "<script>alert(1)</script>")]
    [InlineData("<p>a\uE000b\uE001c\uE002</p>\n<ul><li>x</li><li>y</li></ul>", "abc x y")]
    public void BodiesAreIndexedAsPlainText(string html, string text) => Assert.Equal(text, SearchText.FromHtml(html));
}
