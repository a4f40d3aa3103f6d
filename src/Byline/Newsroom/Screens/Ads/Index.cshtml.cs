using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom.Screens.Ads;

// Ad slots, administrators only: the one place third-party markup reaches reader pages.
[Authorize(Policy = Roles.Administrator)]
public sealed class AdSlotsModel(BylineDb db, AuditLog audit) : DeskPage(db, audit)
{
    public IReadOnlyList<AdSlot> Slots { get; private set; } = [];

    [BindProperty]
    public AdSlotForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var slot = new AdSlot { Name = "" };
        if (ModelState.IsValid && (await Form.ApplyAsync(Db, slot, ModelState, cancellationToken)).Ok)
        {
            Db.AdSlots.Add(slot);
            if (await SaveAsync(AuditActions.AdSlotCreated, $"ad slot {slot.Name}", slot.Enabled ? "enabled" : "disabled", cancellationToken))
            {
                return Done($"Ad slot “{slot.Name}” added.", $"/newsroom/ads/{slot.Id}");
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Slots = await Db.AdSlots.AsNoTracking().OrderBy(a => a.Placement).ThenBy(a => a.Name).ToListAsync(cancellationToken);
}
