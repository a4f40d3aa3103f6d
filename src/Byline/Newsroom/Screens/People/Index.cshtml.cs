using Byline.Intelligence;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Byline.Text.Analysis;
using Microsoft.AspNetCore.Authorization;

namespace Byline.Newsroom.Screens.People;

// The people, organisations and places the analysis found in the stories, fifty a page, most
// written about first, with how many stories name each and how often they are quoted. A search
// narrows by name or address; a filter shows what still waits for an editor, what is confirmed
// and what was rejected.
[Authorize(Policy = Roles.Editor)]
public sealed class PeopleModel(BylineDb db, AuditLog audit) : DeskPage(db, audit)
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Name, string Slug, string? Description, EntityReview Review, int Stories, int Quotes, string? Author);

    public static IReadOnlyList<(string Value, string Label, EntityKind Kind)> Kinds { get; } =
    [
        ("people", "People", EntityKind.Person),
        ("organisations", "Organisations", EntityKind.Organisation),
        ("places", "Places", EntityKind.Place),
    ];

    public static IReadOnlyList<(string Value, string Label)> Reviews { get; } =
    [
        ("", "In stories"),
        ("found", "Not yet checked"),
        ("confirmed", "Confirmed"),
        ("rejected", "Rejected"),
        ("all", "All, with unused ones"),
    ];

    public IReadOnlyList<Row> Entities { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public string? Query { get; private set; }
    public string KindValue { get; private set; } = "people";
    public string Show { get; private set; } = "";

    public async Task OnGetAsync(string? kind, string? show, string? q, int p, CancellationToken cancellationToken)
    {
        var chosen = Kinds.FirstOrDefault(k => k.Value == kind);
        KindValue = chosen.Value ?? "people";
        var entityKind = chosen.Value is null ? EntityKind.Person : chosen.Kind;
        Show = Reviews.Any(r => r.Value == show) ? show! : "";
        Query = FormText.Clean(q) is { } query && query.Length <= 200 ? query : null;
        ViewData["Title"] = Kinds.First(k => k.Value == KindValue).Label;

        var entities = Db.Entities.AsNoTracking().Where(e => e.Kind == entityKind);
        entities = Show switch
        {
            "found" => entities.Where(e => e.Review == EntityReview.Found && Db.StoryEntities.Any(l => l.EntityId == e.Id)),
            "confirmed" => entities.Where(e => e.Review == EntityReview.Confirmed),
            "rejected" => entities.Where(e => e.Review == EntityReview.Rejected),
            "all" => entities,
            _ => entities.Where(e => e.Review != EntityReview.Rejected && Db.StoryEntities.Any(l => l.EntityId == e.Id)),
        };
        if (Query is not null)
        {
            // Matched case-insensitively on both providers: names by their lowercase form, slugs are lowercase already.
            var lower = Query.ToLowerInvariant();
#pragma warning disable CA1862 // EF translates ToLower; it cannot translate a StringComparison.
            entities = entities.Where(e => e.Name.ToLower().Contains(lower) || e.Slug.Contains(lower));
#pragma warning restore CA1862
        }

        Total = await entities.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(p, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Entities = await entities
            .Select(e => new { Entity = e, Stories = Db.StoryEntities.Count(l => l.EntityId == e.Id) })
            .OrderByDescending(e => e.Stories).ThenBy(e => e.Entity.Name).ThenBy(e => e.Entity.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new Row(e.Entity.Id, e.Entity.Name, e.Entity.Slug, e.Entity.Description, e.Entity.Review, e.Stories,
                Db.StoryQuotes.Count(q => q.SpeakerId == e.Entity.Id && !q.IsFragment),
                e.Entity.Author == null ? null : e.Entity.Author.Name))
            .ToListAsync(cancellationToken);
    }

    public string Link(string? kind = null, string? show = null, int page = 1, bool keepQuery = true)
    {
        var query = new List<string>();
        if ((kind ?? KindValue) is var k && k != "people")
        {
            query.Add("kind=" + k);
        }

        if ((show ?? Show) is { Length: > 0 } s)
        {
            query.Add("show=" + s);
        }

        if (keepQuery && Query is not null)
        {
            query.Add("q=" + Uri.EscapeDataString(Query));
        }

        if (page > 1)
        {
            query.Add("p=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/newsroom/people" + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    public static string ReviewLabel(EntityReview review) => review switch
    {
        EntityReview.Confirmed => "Confirmed",
        EntityReview.Rejected => "Rejected",
        _ => "Found",
    };
}
