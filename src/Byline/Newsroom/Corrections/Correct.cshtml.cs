using System.ComponentModel.DataAnnotations;
using Byline.Import;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Site;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Corrections;

// The corrections desk for one story: its notes so far and a form to append one. Editors may
// correct any published story, authors their own (StoryOwnership), contributors none; the rule is
// checked here for GET and POST alike, whatever the menu shows.
//
// Notes are appended, never edited or removed here. A correction is the publication's public
// record that it was wrong; a standards desk keeps that record as it was published, and a slip in
// a note is put right by another note, which readers can see too. (The Admin API and imports still
// carry a story's notes whole, for restores.)
[Authorize(Policy = Roles.Author)]
public sealed class CorrectModel(BylineDb db, AuditLog audit, TimeProvider time) : PageModel
{
    public sealed record Note(CorrectionKind Kind, string Iso, string Display, string Text);

    public string Headline { get; private set; } = "";
    public string StoryUrl { get; private set; } = "";
    public string Zone { get; private set; } = "UTC";
    public string? Refusal { get; private set; }
    public IReadOnlyList<Note> Notes { get; private set; } = [];

    [BindProperty]
    public CorrectionKind Kind { get; set; } = CorrectionKind.Correction;

    [BindProperty, Required(ErrorMessage = "Write the note readers will see."), StringLength(Correction.MaxLength, ErrorMessage = "A note is at most {1} characters.")]
    public string Text { get; set; } = "";

    // Wall-clock time in the publication's zone, as a datetime-local field sends it.
    [BindProperty, Required(ErrorMessage = "Give the time of the note.")]
    public DateTime? At { get; set; }

    public async Task<IActionResult> OnGetAsync(int storyId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(storyId, cancellationToken) is { } refused)
        {
            return refused;
        }

        At = Truncate((await ClockAsync(cancellationToken)).Local(time.GetUtcNow().UtcDateTime).DateTime);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int storyId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(storyId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Refusal is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var story = await db.Stories.Include(s => s.Tags).Include(s => s.Authors).FirstAsync(s => s.Id == storyId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var clock = await ClockAsync(cancellationToken);
        var text = IncomingText.Clean(Text ?? "").Trim();
        var at = At is { } local ? clock.ToUtc(local) : now;
        if (!Enum.IsDefined(Kind))
        {
            ModelState.AddModelError(nameof(Kind), "Choose Correction or Update.");
        }

        if (text.Length == 0 && ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(Text), "Write the note readers will see.");
        }

        if (at > now.AddMinutes(5))
        {
            ModelState.AddModelError(nameof(At), "A note cannot be dated in the future.");
        }
        else if (at < story.PublishedAt)
        {
            ModelState.AddModelError(nameof(At), "A note cannot be older than the story it corrects.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Through the change tracker, so the save evicts the story's cached pages and feeds, tells
        // webhook subscribers the story was edited, and refreshes its search entry.
        db.Corrections.Add(new Correction { StoryId = story.Id, Kind = Kind, At = at, Text = text });
        story.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(AuditActions.CorrectionAdded, $"story {story.Id}", $"{Kind}: {text}", cancellationToken: cancellationToken);

        TempData["Notice"] = $"{(Kind == CorrectionKind.Update ? "Update" : "Correction")} added to “{story.Headline}”. Readers see it now.";
        return RedirectToPage(new { storyId });
    }

    // Null when the page may be shown; otherwise the answer (404, or 403 with an audit line).
    private async Task<IActionResult?> LoadAsync(int storyId, CancellationToken cancellationToken)
    {
        var story = await db.Stories.AsNoTracking().Where(s => s.Id == storyId)
            .Select(s => new { s.Headline, s.Slug, s.Status, Section = s.Section == null ? null : s.Section.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        if (story is null)
        {
            return NotFound();
        }

        if (!await StoryOwnership.MayChangePublishedAsync(db, User, storyId, cancellationToken))
        {
            return Forbid();
        }

        var clock = await ClockAsync(cancellationToken);
        Headline = story.Headline;
        StoryUrl = Urls.Story(story.Section, story.Slug);
        Zone = clock.Zone;
        Refusal = story.Status == StoryStatus.Published ? null
            : "Only published stories take corrections and updates. Change a draft, scheduled or unpublished story in the story editor instead.";
        var notes = await db.Corrections.AsNoTracking().Where(c => c.StoryId == storyId).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        Notes = notes.ConvertAll(c =>
        {
            var view = clock.View(c.At);
            return new Note(c.Kind, view.Iso, view.Display, c.Text);
        });
        return null;
    }

    private PublicationClock? _clock;

    private async Task<PublicationClock> ClockAsync(CancellationToken cancellationToken) =>
        _clock ??= new(await db.Publication.OrderBy(p => p.Id).Select(p => p.TimeZone).FirstOrDefaultAsync(cancellationToken) ?? "UTC");

    private static DateTime Truncate(DateTime value) => new(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0, DateTimeKind.Unspecified);
}
