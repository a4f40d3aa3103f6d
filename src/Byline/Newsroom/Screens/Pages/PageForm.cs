using System.ComponentModel.DataAnnotations;
using Byline.Content;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Byline.Newsroom.Screens.Pages;

public sealed class PageForm
{
    public const int MaxBody = 200_000;

    [StringLength(300, ErrorMessage = "The title is too long: at most 300 characters.")]
    public string? Title { get; set; }

    [StringLength(200, ErrorMessage = "The slug is too long: at most 200 characters.")]
    public string? Slug { get; set; }

    [StringLength(MaxBody, ErrorMessage = "The page is too long: at most 200,000 characters.")]
    public string? Body { get; set; }

    // Checks the form and copies it onto the page, rendering the Markdown once, here.
    public async Task<bool> ApplyAsync(BylineDb db, Page page, DateTime now, ModelStateDictionary state, CancellationToken cancellationToken)
    {
        var title = FormText.Clean(Title);
        if (title is null)
        {
            state.AddModelError("Form.Title", "Give the page a title.");
            return false;
        }

        var slug = SlugRule.From(Slug, title, "page");
        if (SlugRule.Problem(slug, "page") is { } problem)
        {
            state.AddModelError("Form.Slug", problem);
        }
        else if (await db.Pages.AnyAsync(p => p.Slug == slug && p.Id != page.Id, cancellationToken))
        {
            state.AddModelError("Form.Slug", $"Another page already has the slug “{slug}”.");
        }
        else if (await db.Sections.AnyAsync(s => s.Slug == slug, cancellationToken))
        {
            state.AddModelError("Form.Slug", $"The section /{slug} has that address; a page there would never be seen.");
        }

        if (!state.IsValid)
        {
            return false;
        }

        page.Title = title;
        page.Slug = slug;
        page.BodyMarkdown = Import.IncomingText.Clean(Body ?? "").Trim();
        page.BodyHtml = BodyRenderer.Render(page.BodyMarkdown);
        page.UpdatedAt = now;
        return true;
    }
}
