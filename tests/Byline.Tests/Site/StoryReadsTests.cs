using Byline.Authors;
using Byline.Import;
using Byline.Media;
using Byline.Site;
using Byline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Site;

// The story page reads without EF (StoryReads), naming tables and columns itself. These tests hold
// its answer against EF's for a story that uses every field it reads, on whichever provider the
// suite runs, so a renamed column or a changed mapping fails here and not on a reader's page.
public sealed class StoryReadsTests(BylineApp app) : IClassFixture<BylineApp>
{
    [Fact]
    public async Task TheStoryReadWithoutEfMatchesEfsFieldForField()
    {
        var slug = await SaveFullStoryAsync("every-field");

        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            var expected = await db.Stories.AsNoTracking().Include(s => s.Section).Include(s => s.Tags).Include(s => s.Corrections)
                .Include(s => s.Authors).ThenInclude(a => a.Author).SingleAsync(s => s.Slug == slug);
            var actual = await services.GetRequiredService<StoryReads>().FindAsync(slug, CancellationToken.None);

            Assert.NotNull(actual);
            Assert.Equal(
                (expected.Id, expected.Headline, expected.Slug, expected.Dek, expected.Dateline, expected.BodyHtml, expected.SectionId, expected.Status),
                (actual.Id, actual.Headline, actual.Slug, actual.Dek, actual.Dateline, actual.BodyHtml, actual.SectionId, actual.Status));
            Assert.Equal((expected.CreatedAt, expected.PublishedAt, expected.UpdatedAt), (actual.CreatedAt, actual.PublishedAt, actual.UpdatedAt));
            Assert.Equal(DateTimeKind.Utc, actual.PublishedAt!.Value.Kind);
            Assert.Equal((expected.SeoTitle, expected.SeoDescription, expected.CanonicalUrl), (actual.SeoTitle, actual.SeoDescription, actual.CanonicalUrl));
            Assert.Equal((expected.Section!.Name, expected.Section.Slug), (actual.Section!.Name, actual.Section.Slug));
            Assert.Equal(
                (expected.FeaturedImage!.Url, expected.FeaturedImage.Alt, expected.FeaturedImage.Caption, expected.FeaturedImage.Credit),
                (actual.FeaturedImage!.Url, actual.FeaturedImage.Alt, actual.FeaturedImage.Caption, actual.FeaturedImage.Credit));

            Assert.Equal(
                expected.Authors.OrderBy(a => a.Position).Select(a => (a.AuthorId, a.Author!.Name, a.Author.Slug, a.Author.JobTitle, a.Author.Bio, a.Author.PhotoUrl, a.Author.Website)),
                actual.Authors.Select(a => (a.AuthorId, a.Author!.Name, a.Author.Slug, a.Author.JobTitle, a.Author.Bio, a.Author.PhotoUrl, a.Author.Website)));
            Assert.Equal(
                expected.Authors.OrderBy(a => a.Position).SelectMany(a => a.Author!.SocialLinks.Select(l => (a.AuthorId, l.Network, l.Url))),
                actual.Authors.SelectMany(a => a.Author!.SocialLinks.Select(l => (a.AuthorId, l.Network, l.Url))));
            Assert.Equal(2, actual.Authors.Count);
            Assert.NotEmpty(actual.Authors[0].Author!.SocialLinks);

            Assert.Equal(expected.Tags.Select(t => (t.Id, t.Name, t.Slug)).Order(), actual.Tags.Select(t => (t.Id, t.Name, t.Slug)).Order());
            Assert.Equal(3, actual.Tags.Count);
            Assert.Equal(
                expected.Corrections.Select(c => (c.Id, c.Kind, c.At, c.Text)).Order(),
                actual.Corrections.Select(c => (c.Id, c.Kind, c.At, c.Text)).Order());
            Assert.Contains(actual.Corrections, c => c.Kind == CorrectionKind.Update);

            var asset = await db.MediaAssets.AsNoTracking().SingleAsync(m => m.Url == expected.FeaturedImage.Url);
            var image = await services.GetRequiredService<StoryReads>().FindImageAsync(asset.Url, CancellationToken.None);
            Assert.NotNull(image);
            Assert.Equal((asset.Url, asset.Alt, asset.Caption, asset.Credit, asset.Width, asset.Height), (image.Url, image.Alt, image.Caption, image.Credit, image.Width, image.Height));
            Assert.Equal(asset.Variants, image.Variants);
            return 0;
        });
    }

    [Fact]
    public async Task UnknownSlugsAndUnknownImagesAreNotFound()
    {
        await app.WithServicesAsync(async services =>
        {
            var reads = services.GetRequiredService<StoryReads>();
            Assert.Null(await reads.FindAsync("no-story-has-this-slug", CancellationToken.None));
            Assert.Null(await reads.FindImageAsync("/media/no-such-image.jpg", CancellationToken.None));
            // A hostile slug is a parameter, never SQL.
            Assert.Null(await reads.FindAsync("x' OR '1'='1", CancellationToken.None));
            return 0;
        });
    }

    // On SQLite the read connections stay open between requests; each read still sees what was
    // committed since, from this process or another.
    [Fact]
    public async Task AReadSeesWhatWasSavedAfterTheConnectionWasOpened()
    {
        var slug = await SaveFullStoryAsync("seen-fresh");
        await app.WithServicesAsync(async services =>
        {
            var reads = services.GetRequiredService<StoryReads>();
            Assert.Equal("A story that uses every field", (await reads.FindAsync(slug, CancellationToken.None))!.Headline);

            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<BylineDb>();
                var story = await db.Stories.Include(s => s.Corrections).SingleAsync(s => s.Slug == slug);
                story.Headline = "A headline changed after the first read";
                story.Corrections.Add(new Correction { At = DateTime.UtcNow, Text = "A later note.", Kind = CorrectionKind.Correction });
                await db.SaveChangesAsync();
            }

            var again = await reads.FindAsync(slug, CancellationToken.None);
            Assert.Equal("A headline changed after the first read", again!.Headline);
            Assert.Contains(again.Corrections, c => c.Text == "A later note.");
            return 0;
        });
    }

    private async Task<string> SaveFullStoryAsync(string name)
    {
        var slug = $"story-reads-{name}-{Guid.NewGuid():N}"[..40];
        var imageUrl = $"/media/{slug}.jpg";
        await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<BylineDb>();
            db.MediaAssets.Add(new MediaAsset
            {
                Url = imageUrl,
                FileName = "harbour.jpg",
                ContentType = "image/jpeg",
                Bytes = 1234,
                Width = 1600,
                Height = 900,
                Alt = "Boats in the harbour at dawn",
                Caption = "The harbour, from the east wall",
                Credit = "Photo: Desk",
                UploadedAt = DateTime.UtcNow,
                Variants = [new MediaVariant(320, 180, $"/media/{slug}-320.webp", $"/media/{slug}-320.jpg"), new MediaVariant(640, 360, $"/media/{slug}-640.webp", $"/media/{slug}-640.jpg")],
            });
            await db.SaveChangesAsync();

            await services.GetRequiredService<StoryWriter>().SaveAsync(new IncomingStory
            {
                Headline = "A story that uses every field",
                Slug = slug,
                Dek = "Its standfirst",
                Dateline = "Penang",
                BodyMarkdown = "First paragraph, with **bold** words.\n\nSecond paragraph.",
                Section = "Politics",
                Tags = ["Harbour", "Weather", "Ferries"],
                Authors = [new IncomingAuthor($"Reads Writer {name}", "Covers the coast."), new IncomingAuthor("Aryan Singh")],
                PublishedAt = DateTime.UtcNow.AddHours(-3),
                Image = new FeaturedImage { Url = imageUrl, Alt = "Boats at dawn", Caption = "Dawn", Credit = "Desk" },
                SeoTitle = "SEO headline",
                SeoDescription = "SEO description",
                CanonicalUrl = "https://example.org/elsewhere",
                Corrections = [(DateTime.UtcNow.AddHours(-2), "An earlier version misspelt a name.")],
            }, CancellationToken.None);

            var story = await db.Stories.Include(s => s.Authors).ThenInclude(a => a.Author).Include(s => s.Corrections).SingleAsync(s => s.Slug == slug);
            var first = story.Authors.OrderBy(a => a.Position).First().Author!;
            first.JobTitle = "Coast reporter";
            first.PhotoUrl = "/media/writer.jpg";
            first.Website = "https://example.org/writer";
            first.SocialLinks = [new SocialLink { Network = "Mastodon", Url = "https://example.social/@writer" }, new SocialLink { Network = "Bluesky", Url = "https://bsky.app/profile/writer" }];
            story.Corrections.Add(new Correction { At = DateTime.UtcNow.AddHours(-1), Text = "Adds the ferry operator's reply.", Kind = CorrectionKind.Update });
            await db.SaveChangesAsync();
            return 0;
        });

        return slug;
    }
}
