using System.ComponentModel.DataAnnotations;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Byline.Newsroom.Screens.Ads;

public sealed class AdSlotForm
{
    [StringLength(200, ErrorMessage = "The name is too long: at most 200 characters.")]
    public string? Name { get; set; }

    public AdPlacement Placement { get; set; }

    [Range(1, 100, ErrorMessage = "The paragraph is a number from 1 to 100.")]
    public int? AfterParagraph { get; set; }

    [Range(1, 2000, ErrorMessage = "The width is a number of pixels from 1 to 2,000.")]
    public int Width { get; set; } = 300;

    [Range(1, 2000, ErrorMessage = "The height is a number of pixels from 1 to 2,000.")]
    public int Height { get; set; } = 250;

    [StringLength(20_000, ErrorMessage = "The markup is too long: at most 20,000 characters.")]
    public string? Html { get; set; }

    [StringLength(2000, ErrorMessage = "The image address is too long: at most 2,000 characters.")]
    public string? ImageUrl { get; set; }

    [StringLength(2000, ErrorMessage = "The link is too long: at most 2,000 characters.")]
    public string? LinkUrl { get; set; }

    [StringLength(500, ErrorMessage = "The alternative text is too long: at most 500 characters.")]
    public string? AltText { get; set; }

    public bool Enabled { get; set; }

    public static AdSlotForm From(AdSlot slot) => new()
    {
        Name = slot.Name, Placement = slot.Placement, AfterParagraph = slot.AfterParagraph, Width = slot.Width, Height = slot.Height,
        Html = slot.Html, ImageUrl = slot.ImageUrl, LinkUrl = slot.LinkUrl, AltText = slot.AltText, Enabled = slot.Enabled,
    };

    // Checks the form and copies it onto the slot. Markup is sanitized here (AdMarkup); whether
    // anything was taken out is returned, so the administrator is told.
    public async Task<(bool Ok, bool Trimmed)> ApplyAsync(BylineDb db, AdSlot slot, ModelStateDictionary state, CancellationToken cancellationToken)
    {
        var name = FormText.Clean(Name);
        if (name is null)
        {
            state.AddModelError("Form.Name", "Give the ad slot a name.");
        }
        else if (await db.AdSlots.AnyAsync(a => a.Name == name && a.Id != slot.Id, cancellationToken))
        {
            state.AddModelError("Form.Name", $"Another ad slot is already called “{name}”.");
        }

        if (!Enum.IsDefined(Placement))
        {
            state.AddModelError("Form.Placement", "Choose where the slot goes.");
        }

        var image = Address(ImageUrl, "Form.ImageUrl", "image address", state);
        var link = Address(LinkUrl, "Form.LinkUrl", "link", state);
        if (!state.IsValid)
        {
            return (false, false);
        }

        var typed = FormText.Clean(Html);
        var html = AdMarkup.Sanitize(typed);
        slot.Name = name!;
        slot.Placement = Placement;
        slot.AfterParagraph = Placement == AdPlacement.InStory ? AfterParagraph ?? 3 : AfterParagraph;
        slot.Width = Width;
        slot.Height = Height;
        slot.Html = html;
        slot.ImageUrl = image;
        slot.LinkUrl = link;
        slot.AltText = FormText.Clean(AltText);
        slot.Enabled = Enabled;
        return (true, typed is not null && !string.Equals(typed, html, StringComparison.Ordinal));
    }

    private static string? Address(string? value, string field, string label, ModelStateDictionary state)
    {
        var clean = FormText.Clean(value);
        if (clean is not null && !FormText.IsWebAddress(clean))
        {
            state.AddModelError(field, $"The {label} {FormText.WebAddressMessage}.");
        }

        return clean;
    }
}
