using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Byline.Newsroom.Screens.Authors;

// Checks an author form and copies it onto the profile, noting each problem against its field.
public static class AuthorEditor
{
    public const int MaxLinks = 20;

    public static async Task<bool> ApplyAsync(BylineDb db, AuthorForm form, Author author, ModelStateDictionary state, CancellationToken cancellationToken)
    {
        var name = FormText.Clean(form.Name);
        if (name is null)
        {
            state.AddModelError("Form.Name", "Give the author a name.");
            return false;
        }

        var slug = SlugRule.From(form.Slug, name, "author");
        if (SlugRule.Problem(slug, "author") is { } problem)
        {
            state.AddModelError("Form.Slug", problem);
        }
        else if (await db.Authors.AnyAsync(a => a.Slug == slug && a.Id != author.Id, cancellationToken))
        {
            state.AddModelError("Form.Slug", $"Another author already has the slug “{slug}”.");
        }

        var photo = Address(form.PhotoUrl, "Form.PhotoUrl", "photo address", state);
        var website = Address(form.Website, "Form.Website", "website", state);
        var links = Links(form.SocialLinks, state);
        if (!state.IsValid)
        {
            return false;
        }

        author.Name = name;
        author.Slug = slug;
        author.JobTitle = FormText.Clean(form.JobTitle);
        author.Bio = FormText.Clean(form.Bio);
        author.PhotoUrl = photo;
        author.Website = website;
        author.SocialLinks = links;
        return true;
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

    private static List<SocialLink> Links(string? text, ModelStateDictionary state)
    {
        var links = new List<SocialLink>();
        var lines = (text ?? "").Split('\n').Select(FormText.Clean).OfType<string>().ToList();
        if (lines.Count > MaxLinks)
        {
            state.AddModelError("Form.SocialLinks", $"At most {MaxLinks} social links.");
            return links;
        }

        foreach (var line in lines)
        {
            var space = line.LastIndexOfAny([' ', '\t']);
            var network = space > 0 ? line[..space].Trim() : "";
            var url = space > 0 ? line[(space + 1)..] : line;
            if (network.Length is 0 or > 50 || !FormText.IsWebAddress(url) || url.StartsWith('/'))
            {
                state.AddModelError("Form.SocialLinks", $"Each social link is a network's name, a space, and an https:// address, like “Mastodon https://mastodon.social/@farah”. This line is not: “{(line.Length > 80 ? line[..80] + "…" : line)}”.");
                continue;
            }

            links.Add(new SocialLink { Network = network, Url = url });
        }

        return links;
    }
}
