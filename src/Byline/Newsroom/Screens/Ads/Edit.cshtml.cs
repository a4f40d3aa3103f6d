using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Ads;

// One ad slot. A change to any slot evicts every cached page, since every page carries the ads.
[Authorize(Policy = Roles.Administrator)]
public sealed class AdSlotModel(BylineDb db, AuditLog audit) : DeskPage(db, audit)
{
    public AdSlot Slot { get; private set; } = null!;

    [BindProperty]
    public AdSlotForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = AdSlotForm.From(Slot);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (ok, trimmed) = ModelState.IsValid ? await Form.ApplyAsync(Db, Slot, ModelState, cancellationToken) : (false, false);
        if (!ok)
        {
            return Page();
        }

        var notice = $"Ad slot “{Slot.Name}” saved" + (trimmed ? "; parts of the markup that are not allowed (scripts, frames, handlers) were removed." : ".");
        return await SaveAsync(AuditActions.AdSlotChanged, $"ad slot {Slot.Name}", (Slot.Enabled ? "enabled" : "disabled") + (trimmed ? "; markup sanitized" : ""), cancellationToken)
            ? Done(notice, $"/newsroom/ads/{id}")
            : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Db.AdSlots.Remove(Slot);
        return await SaveAsync(AuditActions.AdSlotDeleted, $"ad slot {Slot.Name}", null, cancellationToken)
            ? Done($"Ad slot “{Slot.Name}” deleted.", "/newsroom/ads")
            : Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Slot = (await Db.AdSlots.FirstOrDefaultAsync(a => a.Id == id, cancellationToken))!;
        ViewData["Title"] = Slot is null ? null : $"Ad slot: {Slot.Name}";
        return Slot is not null;
    }
}
