using Byline.Api.Content.Nql;

namespace Byline.Tests.Api;

// Ghost's filter language, parsed as TryGhost/NQL parses it: the cases come from its lexer and
// parser tests and from filters Ghost front ends send.
public sealed class NqlParserTests
{
    [Theory]
    [InlineData("tag:news", "tag = news")]
    [InlineData("tag:-news", "tag != news")]
    [InlineData("featured:true", "featured = true")]
    [InlineData("feature_image:null", "feature_image = null")]
    [InlineData("feature_image:-null", "feature_image != null")]
    [InlineData("tag:[news,sport]", "tag in [news, sport]")]
    [InlineData("tag:-[news, 'world cup']", "tag not in [news, 'world cup']")]
    [InlineData("published_at:>'2025-10-24'", "published_at > '2025-10-24'")]
    [InlineData("published_at:>='2025-10-24 10:00:00'", "published_at >= '2025-10-24 10:00:00'")]
    [InlineData("published_at:<2025-10-24", "published_at < 2025-10-24")]
    [InlineData("published_at:<=now-30d", "published_at <= now-30d")]
    [InlineData("title:~'data'", "title ~ 'data'")]
    [InlineData("title:~^'How'", "title ~^ 'How'")]
    [InlineData("title:~$'?'", "title ~$ '?'")]
    [InlineData("title:-~'data'", "title !~ 'data'")]
    [InlineData("primary_tag.slug:news", "primary_tag.slug = news")]
    [InlineData("tag:news+author:jo", "(and tag = news author = jo)")]
    [InlineData("tag:news,author:jo", "(or tag = news author = jo)")]
    [InlineData("a:1+b:2,c:3", "(or (and a = 1 b = 2) c = 3)")]
    [InlineData("a:1+(b:2,c:3)", "(and a = 1 (or b = 2 c = 3))")]
    [InlineData("((a:1))", "a = 1")]
    [InlineData("  tag:news ", "tag = news")]
    public void ParsesGhostFilters(string filter, string expected) =>
        Assert.Equal(expected, NqlParser.Parse(filter).ToString());

    [Theory]
    [InlineData("slug:'it\\'s'", NqlValueKind.Quoted, "it's")]
    [InlineData("slug:'a+b,c(d)'", NqlValueKind.Quoted, "a+b,c(d)")]
    [InlineData("slug:a\\+b\\,c", NqlValueKind.Literal, "a+b,c")]
    [InlineData("slug:photo-graph", NqlValueKind.Literal, "photo-graph")]
    [InlineData("slug:2025-10-24", NqlValueKind.Literal, "2025-10-24")]
    [InlineData("id:5b7ada404f87d200b5b1f9c8", NqlValueKind.Literal, "5b7ada404f87d200b5b1f9c8")]
    [InlineData("id:010000000000000000000007", NqlValueKind.Number, "010000000000000000000007")]
    [InlineData("count:6.5", NqlValueKind.Number, "6.5")]
    [InlineData("x:TRUE", NqlValueKind.True, "true")]
    [InlineData("x:False", NqlValueKind.False, "false")]
    [InlineData("x:NULL", NqlValueKind.Null, "null")]
    [InlineData("x:nullable", NqlValueKind.Literal, "nullable")]
    [InlineData("x:now-7d", NqlValueKind.RelativeDate, "now-7d")]
    [InlineData("x:nowhere", NqlValueKind.Literal, "nowhere")]
    [InlineData("x:'Nguyễn Thị Lan'", NqlValueKind.Quoted, "Nguyễn Thị Lan")]
    public void ReadsValuesAsNqlDoes(string filter, NqlValueKind kind, string text)
    {
        var comparison = Assert.IsType<NqlComparison>(NqlParser.Parse(filter));
        Assert.Equal(kind, comparison.Value.Kind);
        Assert.Equal(text, comparison.Value.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tag")]
    [InlineData("tag:")]
    [InlineData(":news")]
    [InlineData("tag:news+")]
    [InlineData("tag:news,")]
    [InlineData("+tag:news")]
    [InlineData("(tag:news")]
    [InlineData("tag:news)")]
    [InlineData("tag:'news")]
    [InlineData("tag=news")]
    [InlineData("tag:\"news\"")]
    [InlineData("tag:[news,sport")]
    [InlineData("tag:[]")]
    [InlineData("tag:news sport")]
    [InlineData("tag:>[a,b]")]
    [InlineData("tag:~[a]")]
    [InlineData("tag:--news")]
    [InlineData("()")]
    [InlineData("tag : news")]
    public void RefusesMalformedFilters(string filter) =>
        Assert.Throws<NqlException>(() => NqlParser.Parse(filter));

    [Fact]
    public void RefusesFiltersThatWouldBuildHugeQueries()
    {
        Assert.Throws<NqlException>(() => NqlParser.Parse(new string('(', 40) + "a:1" + new string(')', 40)));
        Assert.Throws<NqlException>(() => NqlParser.Parse(string.Join("+", Enumerable.Range(0, 100).Select(i => $"a:{i}"))));
        Assert.Throws<NqlException>(() => NqlParser.Parse("a:[" + string.Join(",", Enumerable.Range(0, 200)) + "]"));
        Assert.Throws<NqlException>(() => NqlParser.Parse("a:'" + new string('x', 5000) + "'"));
    }

    [Fact]
    public void ErrorsSayWhereTheFilterWentWrong()
    {
        var error = Assert.Throws<NqlException>(() => NqlParser.Parse("tag:news+(author:"));
        Assert.Contains("char 18", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("now-30d", "2025-09-26T12:00:00")]
    [InlineData("now+1w", "2025-11-02T12:00:00")]
    [InlineData("now-1M", "2025-09-26T12:00:00")]
    [InlineData("now-2h", "2025-10-26T10:00:00")]
    public void RelativeDatesCountFromNow(string value, string expected)
    {
        var now = new DateTime(2025, 10, 26, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), RelativeDates.Resolve(value, now));
    }
}
