using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Settings;

// Who is publishing: the name, address, language and zone every page and feed carries. A change
// evicts every cached page (the publication is part of all of them).
[Authorize(Policy = Roles.Administrator)]
public sealed class SettingsModel(BylineDb db, AuditLog audit) : DeskPage(db, audit)
{
    [BindProperty]
    public SettingsForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Form = SettingsForm.From(await Db.Publication.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken) ?? new PublicationSettings { Name = "Byline" });

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var publication = await Db.Publication.OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? Db.Publication.Add(new PublicationSettings { Name = "Byline" }).Entity;
        if (!ModelState.IsValid || !Form.Apply(publication, ModelState))
        {
            return Page();
        }

        var entry = Db.Entry(publication);
        var changed = entry.Properties.Where(p => entry.State == EntityState.Added ? !p.Metadata.IsKey() : p.IsModified).Select(p => p.Metadata.Name)
            .Concat(Db.ChangeTracker.Entries<FooterLink>().Any(e => e.State != EntityState.Unchanged) ? ["FooterLinks"] : []).Distinct();
        return await SaveAsync(AuditActions.SettingsChanged, "publication", string.Join(", ", changed), cancellationToken)
            ? Done("Settings saved. Every page of the site shows them now.", "/newsroom/settings")
            : Page();
    }
}
