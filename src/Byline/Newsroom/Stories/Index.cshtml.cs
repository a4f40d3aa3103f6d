using Byline.Newsroom.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Byline.Newsroom.Stories;

// The newsroom's list of stories, newest change first: by status, "mine", a headline search, and
// pages of 25. Contributors only ever see their own.
[Authorize(Policy = Roles.Contributor)]
public sealed class IndexModel(BylineDb db) : PageModel
{
    private const int PageSize = 25;

    public static IReadOnlyList<(string Value, string Label, StoryStatus Status)> Statuses { get; } =
    [
        ("draft", "Drafts", StoryStatus.Draft),
        ("in-review", "In review", StoryStatus.InReview),
        ("scheduled", "Scheduled", StoryStatus.Scheduled),
        ("published", "Published", StoryStatus.Published),
        ("unpublished", "Unpublished", StoryStatus.Unpublished),
    ];

    public sealed record Row(int Id, string Headline, StoryStatus Status, DateTime UpdatedAt, DateTime? PublishedAt, IReadOnlyList<string> Authors, bool HasPending);

    public IReadOnlyList<Row> Stories { get; private set; } = [];
    public string? Status { get; private set; }
    public bool Mine { get; private set; }
    public bool OnlyOwn { get; private set; }
    public string? Query { get; private set; }
    public int PageNumber { get; private set; }
    public bool HasMore { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task OnGetAsync(string? status, bool mine, string? q, int page, CancellationToken ct)
    {
        var me = await StoryUsers.CurrentAsync(User, db, ct);
        OnlyOwn = !me.MayPublish;
        Mine = mine || OnlyOwn;
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        PageNumber = Math.Max(page, 1);
        Zone = await PublicationTime.ZoneAsync(db, ct);

        var stories = db.Stories.AsNoTracking();
        if (Mine)
        {
            var authorId = me.AuthorId ?? -1;
            stories = stories.Where(s => s.CreatedByUserId == me.Id || s.Authors.Any(a => a.AuthorId == authorId));
        }

        if (Statuses.FirstOrDefault(s => s.Value == status) is { Value: not null } chosen)
        {
            Status = chosen.Value;
            stories = stories.Where(s => s.Status == chosen.Status);
        }

        if (Query is not null)
        {
            var lower = Query.ToLowerInvariant();
#pragma warning disable CA1862 // this runs as SQL, where lower() on both sides is what works on SQLite and PostgreSQL alike
            stories = stories.Where(s => s.Headline.ToLower().Contains(lower));
#pragma warning restore CA1862
        }

        var rows = await stories.OrderByDescending(s => s.UpdatedAt).ThenByDescending(s => s.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1)
            .Select(s => new Row(s.Id, s.Headline, s.Status, s.UpdatedAt, s.PublishedAt,
                s.Authors.OrderBy(a => a.Position).Select(a => a.Author!.Name).ToList(), s.PendingRevisionId != null))
            .ToListAsync(ct);
        HasMore = rows.Count > PageSize;
        Stories = [.. rows.Take(PageSize)];
    }

    public string Link(string? status = null, bool? mine = null, int page = 1)
    {
        var query = new List<string>();
        if ((status ?? Status) is { Length: > 0 } chosen)
        {
            query.Add($"status={Uri.EscapeDataString(chosen)}");
        }

        if ((mine ?? Mine) && !OnlyOwn)
        {
            query.Add("mine=true");
        }

        if (Query is not null)
        {
            query.Add($"q={Uri.EscapeDataString(Query)}");
        }

        if (page > 1)
        {
            query.Add($"page={page}");
        }

        return "/newsroom/stories" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }
}
