namespace Byline.Import;

public sealed class Exporter(BylineDb db, TimeProvider time)
{
    public async Task<ExportDocument> ExportAsync(CancellationToken cancellationToken)
    {
        var publication = await db.Publication.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        var stories = await db.Stories.AsNoTracking()
            .Include(s => s.Section).Include(s => s.Tags).Include(s => s.Corrections)
            .Include(s => s.Authors).ThenInclude(a => a.Author)
            .AsSplitQuery().OrderBy(s => s.Id).ToListAsync(cancellationToken);

        return new ExportDocument(
            ExportDocument.CurrentVersion,
            time.GetUtcNow().UtcDateTime,
            publication is null ? null : new ExportPublication(
                publication.Name, publication.Tagline, publication.BaseUrl, publication.Language, publication.TimeZone,
                publication.LogoUrl, publication.Copyright, publication.FooterLinks.ConvertAll(l => new ExportLink(l.Label, l.Url))),
            await db.Sections.AsNoTracking().OrderBy(s => s.Position).ThenBy(s => s.Slug)
                .Select(s => new ExportSection(s.Name, s.Slug, s.Description, s.Position)).ToListAsync(cancellationToken),
            await db.Tags.AsNoTracking().OrderBy(t => t.Slug).Select(t => new ExportTag(t.Name, t.Slug, t.Description)).ToListAsync(cancellationToken),
            (await db.Authors.AsNoTracking().OrderBy(a => a.Slug).ToListAsync(cancellationToken)).ConvertAll(a => new ExportAuthor(
                a.Name, a.Slug, a.JobTitle, a.Bio, a.PhotoUrl, a.Website, a.SocialLinks.ConvertAll(l => new ExportSocialLink(l.Network, l.Url)))),
            await db.Pages.AsNoTracking().OrderBy(p => p.Slug)
                .Select(p => new ExportPage(p.Title, p.Slug, p.BodyMarkdown, p.UpdatedAt)).ToListAsync(cancellationToken),
            await db.AdSlots.AsNoTracking().OrderBy(a => a.Name)
                .Select(a => new ExportAdSlot(a.Name, a.Placement, a.AfterParagraph, a.Width, a.Height, a.Html, a.ImageUrl, a.LinkUrl, a.AltText, a.Enabled))
                .ToListAsync(cancellationToken),
            stories.ConvertAll(s => new ExportStory(
                s.PublicId, s.Headline, s.Slug, s.SourceKey, s.Dek, s.Dateline, s.BodyMarkdown, s.Section?.Slug,
                s.Authors.OrderBy(a => a.Position).Select(a => a.Author!.Slug).ToList(),
                s.Tags.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList(),
                s.FeaturedImage is null ? null : new ExportImage(s.FeaturedImage.Url, s.FeaturedImage.Alt, s.FeaturedImage.Caption, s.FeaturedImage.Credit),
                s.Status, s.CreatedAt, s.PublishedAt, s.UpdatedAt, s.SeoTitle, s.SeoDescription, s.CanonicalUrl,
                s.Corrections.OrderBy(c => c.At).ThenBy(c => c.Id).Select(c => new ExportCorrection(c.At, c.Text, c.Kind)).ToList())));
    }
}
