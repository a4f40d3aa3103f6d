using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Byline.Import;
using Byline.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Site;

// Whatever a contributor puts into any field of a story ends up on the reader's page as text, or
// as sanitized markup: no script element, no event handler, no script URL. The payloads are the
// shared XSS corpus; the strings are the Big List of Naughty Strings.
public sealed class HostileContentTests(EmptyBylineApp app) : IClassFixture<EmptyBylineApp>
{
    private static readonly string[] ActiveSchemes = ["javascript:", "vbscript:", "data:text/html"];

    public static TheoryData<string> PayloadFiles() => new(
        Directory.GetFiles(Path.Combine(Repo.Shared, "fixtures", "xss"), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(PayloadFiles))]
    public async Task NoPayloadInAnyFieldPutsActiveContentOnAReadersPage(string file)
    {
        var payloads = (await File.ReadAllLinesAsync(Path.Combine(Repo.Shared, "fixtures", "xss", file)))
            .Where(l => l.Trim().Length > 0).ToList();
        var client = app.CreateClient();
        for (var i = 0; i < payloads.Count; i += 25)
        {
            var batch = payloads.Skip(i).Take(25).ToList();
            var payload = string.Join(" ", batch);
            var story = new IncomingStory
            {
                Headline = $"{file} {i} " + Trim(payload, 250),
                Slug = $"xss-{Path.GetFileNameWithoutExtension(file).ToLowerInvariant()}-{i}",
                Dek = Trim(payload, 450),
                Dateline = Trim(batch[0], 90),
                BodyMarkdown = string.Join("\n\n", batch),
                Authors = [new IncomingAuthor($"Author {i} " + Trim(batch[0], 150), Trim(payload, 4900))],
                Section = "Section " + Trim(batch[0], 150),
                Tags = batch.Select(p => Trim(p, 190)).ToList(),
                Image = new FeaturedImage { Url = Trim(batch[0], 1900), Alt = Trim(payload, 450), Caption = Trim(payload, 900), Credit = Trim(payload, 250) },
                SeoTitle = Trim(payload, 250),
                SeoDescription = Trim(payload, 450),
                CanonicalUrl = Trim(batch[0], 1000),
                Corrections = [(DateTime.UtcNow.AddMinutes(-5), Trim(payload, 3900))],
            };
            await app.WithServicesAsync(s => s.GetRequiredService<StoryWriter>().SaveAsync(story, CancellationToken.None));

            var saved = await app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().Stories
                .Where(x => x.Slug == StoryWriter.SlugFor(story.Slug, "", "story")).Select(x => new { Section = x.Section!.Slug, Author = x.Authors.First().Author!.Slug }).SingleAsync());
            var pages = new[] { Byline.Site.Urls.Story(saved.Section, StoryWriter.SlugFor(story.Slug, "", "story")), "/", Byline.Site.Urls.Section(saved.Section), Byline.Site.Urls.Author(saved.Author) };
            foreach (var path in pages)
            {
                var (response, page) = await client.GetPageAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
                AssertInert(page, path);
            }
        }
    }

    [Fact]
    public async Task NaughtyStringsAreSavedAndShownOrRefusedWithAReasonNeverAnError()
    {
        var strings = JsonSerializer.Deserialize<string[]>(await File.ReadAllTextAsync(Path.Combine(Repo.Shared, "fixtures", "naughty", "blns.json")))!;
        var client = app.CreateClient();
        var saved = 0;
        foreach (var (text, i) in strings.Select((s, i) => (s, i)))
        {
            var story = new IncomingStory { Headline = text, Slug = $"naughty-{i}", Dek = text, BodyMarkdown = text, Tags = [text], Authors = [new IncomingAuthor(text)], Section = text };
            try
            {
                await app.WithServicesAsync(s => s.GetRequiredService<StoryWriter>().SaveAsync(story, CancellationToken.None));
                saved++;
            }
            catch (ImportException ex)
            {
                Assert.StartsWith("the ", ex.Message, StringComparison.Ordinal);
                continue;
            }

            var url = await app.WithServicesAsync(s => s.GetRequiredService<BylineDb>().Stories.Where(x => x.Slug == story.Slug)
                .Select(x => Byline.Site.Urls.Story(x.Section == null ? null : x.Section.Slug, x.Slug)).SingleAsync());
            var (response, page) = await client.GetPageAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"string {i} gave {response.StatusCode}");
            AssertInert(page, url);
        }

        Assert.True(saved > strings.Length * 0.9, $"only {saved} of {strings.Length} strings were accepted");
    }

    private static void AssertInert(IDocument page, string path)
    {
        // JSON-LD is the one script element a reader's page may have: data, never run. Each block
        // must be whole JSON whose text holds no markup that could end the element or add another.
        foreach (var script in page.QuerySelectorAll("script"))
        {
            Assert.True(script.GetAttribute("type") == "application/ld+json", $"{path} has a script element of type '{script.GetAttribute("type")}'");
            Assert.Empty(script.Children);
            Assert.DoesNotContain('<', script.TextContent);
            Assert.DoesNotContain('>', script.TextContent);
            using var json = JsonDocument.Parse(script.TextContent);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }

        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{path}: <{element.LocalName} {attribute.Name}=...>");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "srcset" or "xlink:href" or "content")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    Assert.DoesNotContain(ActiveSchemes, scheme => attribute.Name != "content" && value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));
                }
            }

            Assert.False(element.LocalName is "iframe" or "object" or "embed" or "form" or "base" or "meta" && element.Closest("body") is not null && element.ParentElement?.ClassName?.Contains("ad", StringComparison.Ordinal) != true,
                $"{path} has a <{element.LocalName}> in the body");
        }
    }

    private static string Trim(string value, int length) => value.Length <= length ? value : value[..length];
}
