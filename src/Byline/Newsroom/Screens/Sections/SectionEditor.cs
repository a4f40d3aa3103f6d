namespace Byline.Newsroom.Screens.Sections;

public static class SectionEditor
{
    // Sections and static pages share the top level of the site, so a slug must be free in both.
    public static async Task<string?> SlugTakenAsync(BylineDb db, string slug, int? sectionId, CancellationToken cancellationToken)
    {
        if (await db.Sections.AnyAsync(s => s.Slug == slug && s.Id != sectionId, cancellationToken))
        {
            return $"Another section already has the slug “{slug}”.";
        }

        return await db.Pages.AnyAsync(p => p.Slug == slug, cancellationToken)
            ? $"The page /{slug} already has the slug “{slug}”; a section there would hide it."
            : null;
    }
}
