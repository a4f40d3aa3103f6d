using Byline.Newsroom.Accounts;
using Byline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Corrections;

// The corrections desk: the latest notes across all stories, and the way to a story's own page,
// by its address or from the latest published stories (an author sees their own).
[Authorize(Policy = Roles.Author)]
public sealed class IndexModel(BylineDb db) : PageModel
{
    private const int Recent = 50;

    public sealed record Row(int StoryId, string Headline, string StoryUrl, CorrectionKind Kind, string Iso, string Display, string Text);

    public sealed record StoryRow(int Id, string Headline, string Url, int Notes);

    public IReadOnlyList<Row> Notes { get; private set; } = [];
    public IReadOnlyList<StoryRow> Stories { get; private set; } = [];
    public string? Missing { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Story { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Story))
        {
            // An address pasted from the site ("https://…/politics/budget-passes"), a path, or a slug.
            var slug = Story.Trim().TrimEnd('/').Split('/', '?', '#')[^1].ToLowerInvariant();
            var id = await db.Stories.Where(s => s.Slug == slug).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken)
                ?? await db.StoryRedirects.Where(r => r.Slug == slug).Select(r => (int?)r.StoryId).FirstOrDefaultAsync(cancellationToken);
            if (id is not null)
            {
                return RedirectToPage("Correct", new { storyId = id });
            }

            Missing = $"No story has the address “{Story}”.";
        }

        var clock = new PublicationClock(await db.Publication.OrderBy(p => p.Id).Select(p => p.TimeZone).FirstOrDefaultAsync(cancellationToken) ?? "UTC");
        var notes = await db.Corrections.AsNoTracking().OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(Recent)
            .Join(db.Stories, c => c.StoryId, s => s.Id, (c, s) => new { c.StoryId, s.Headline, s.Slug, Section = s.Section == null ? null : s.Section.Slug, c.Kind, c.At, c.Text })
            .ToListAsync(cancellationToken);
        Notes = [.. notes.OrderByDescending(n => n.At).Select(n =>
        {
            var at = clock.View(n.At);
            return new Row(n.StoryId, n.Headline, Urls.Story(n.Section, n.Slug), n.Kind, at.Iso, at.Display, n.Text);
        })];

        var published = db.Stories.AsNoTracking().Where(s => s.Status == StoryStatus.Published);
        if (!Roles.AtLeast(Roles.Editor).Any(User.IsInRole))
        {
            var authorId = await StoryOwnership.AuthorIdAsync(db, User, cancellationToken);
            published = published.Where(s => s.Authors.Any(a => a.AuthorId == authorId));
        }

        var stories = await published.OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Id).Take(15)
            .Select(s => new { s.Id, s.Headline, s.Slug, Section = s.Section == null ? null : s.Section.Slug, Notes = s.Corrections.Count })
            .ToListAsync(cancellationToken);
        Stories = stories.ConvertAll(s => new StoryRow(s.Id, s.Headline, Urls.Story(s.Section, s.Slug), s.Notes));
        return Page();
    }
}
