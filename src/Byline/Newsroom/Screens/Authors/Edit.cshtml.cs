using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Authors;

// One author's public profile, the newsroom account that writes as them (at most one each way),
// and deletion, refused while any story carries the byline.
[Authorize(Policy = Roles.Editor)]
public sealed class AuthorModel(BylineDb db, AuditLog audit) : DeskPage(db, audit)
{
    public sealed record Account(string Id, string Label);

    public Author Author { get; private set; } = null!;
    public int Stories { get; private set; }
    public Account? Linked { get; private set; }
    public IReadOnlyList<Account> Accounts { get; private set; } = [];

    [BindProperty]
    public AuthorForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = AuthorForm.From(Author);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var before = $"{Author.Name} (/author/{Author.Slug})";
        if (!ModelState.IsValid || !await AuthorEditor.ApplyAsync(Db, Form, Author, ModelState, cancellationToken))
        {
            return Page();
        }

        return await SaveAsync(AuditActions.AuthorChanged, $"author {Author.Slug}", $"was {before}", cancellationToken)
            ? Done($"Author “{Author.Name}” saved.", $"/newsroom/authors/{id}")
            : Page();
    }

    public async Task<IActionResult> OnPostLinkAsync(int id, string? account, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var user = string.IsNullOrEmpty(account) ? null : await Db.Users.FirstOrDefaultAsync(u => u.Id == account, cancellationToken);
        if (!string.IsNullOrEmpty(account) && user is null)
        {
            ModelState.AddModelError("", "There is no such newsroom account.");
            Form = AuthorForm.From(Author);
            return Page();
        }

        // One account per byline and one byline per account: whoever held this byline lets it go.
        var previous = await Db.Users.Where(u => u.AuthorId == id && u.Id != account).ToListAsync(cancellationToken);
        previous.ForEach(u => u.AuthorId = null);
        if (user is null)
        {
            return await SaveAsync(AuditActions.AuthorUnlinked, $"author {Author.Slug}", string.Join(", ", previous.Select(u => u.Email)), cancellationToken)
                ? Done($"No newsroom account writes as {Author.Name} now.", $"/newsroom/authors/{id}")
                : Page();
        }

        user.AuthorId = id;
        return await SaveAsync(AuditActions.AuthorLinked, $"author {Author.Slug}", user.Email, cancellationToken)
            ? Done($"{user.Email} now writes as {Author.Name}.", $"/newsroom/authors/{id}")
            : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Stories > 0)
        {
            ModelState.AddModelError("", $"{Stories} {(Stories == 1 ? "story carries" : "stories carry")} this byline, so the author cannot be deleted. Change the bylines of those stories first.");
            Form = AuthorForm.From(Author);
            return Page();
        }

        Db.Authors.Remove(Author);
        return await SaveAsync(AuditActions.AuthorDeleted, $"author {Author.Slug}", Author.Name, cancellationToken)
            ? Done($"Author “{Author.Name}” deleted.", "/newsroom/authors")
            : Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var author = await Db.Authors.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (author is null)
        {
            return false;
        }

        Author = author;
        Stories = await Db.Set<StoryAuthor>().CountAsync(s => s.AuthorId == id, cancellationToken);
        var accounts = await Db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.AuthorId }).ToListAsync(cancellationToken);
        Accounts = accounts.ConvertAll(u => new Account(u.Id, $"{u.DisplayName} <{u.Email}>"));
        Linked = accounts.Where(u => u.AuthorId == id).Select(u => new Account(u.Id, $"{u.DisplayName} <{u.Email}>")).FirstOrDefault();
        ViewData["Title"] = $"Author: {author.Name}";
        return true;
    }
}
