using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Authors;

// The public bylines: who they are, how many stories carry each, and which newsroom account writes
// as them.
[Authorize(Policy = Roles.Editor)]
public sealed class AuthorsModel(BylineDb db, AuditLog audit) : DeskPage(db, audit)
{
    public sealed record Row(int Id, string Name, string Slug, string? JobTitle, int Stories, string? Account);

    public IReadOnlyList<Row> Authors { get; private set; } = [];

    [BindProperty]
    public AuthorForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var author = new Author { Name = "", Slug = "" };
        if (ModelState.IsValid && await AuthorEditor.ApplyAsync(Db, Form, author, ModelState, cancellationToken))
        {
            Db.Authors.Add(author);
            if (await SaveAsync(AuditActions.AuthorCreated, $"author {author.Slug}", author.Name, cancellationToken))
            {
                return Done($"Author “{author.Name}” added.", $"/newsroom/authors/{author.Id}");
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Authors = await Db.Authors.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new Row(a.Id, a.Name, a.Slug, a.JobTitle,
                Db.Set<StoryAuthor>().Count(s => s.AuthorId == a.Id),
                Db.Users.Where(u => u.AuthorId == a.Id).Select(u => u.Email).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
