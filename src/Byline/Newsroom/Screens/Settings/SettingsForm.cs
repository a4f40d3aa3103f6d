using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Byline.Newsroom.Desk;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Byline.Newsroom.Screens.Settings;

public sealed partial class SettingsForm
{
    public const int MaxFooterLinks = 20;

    [StringLength(200, ErrorMessage = "The name is too long: at most 200 characters.")]
    public string? Name { get; set; }

    [StringLength(500, ErrorMessage = "The tagline is too long: at most 500 characters.")]
    public string? Tagline { get; set; }

    [StringLength(2000, ErrorMessage = "The address is too long: at most 2,000 characters.")]
    public string? BaseUrl { get; set; }

    [StringLength(35, ErrorMessage = "The language is too long: a tag like “en” or “ms-MY”.")]
    public string? Language { get; set; }

    [StringLength(100, ErrorMessage = "The time zone is too long: an IANA name like “Asia/Kuala_Lumpur”.")]
    public string? TimeZone { get; set; }

    [StringLength(2000, ErrorMessage = "The logo address is too long: at most 2,000 characters.")]
    public string? LogoUrl { get; set; }

    [StringLength(500, ErrorMessage = "The copyright line is too long: at most 500 characters.")]
    public string? Copyright { get; set; }

    // One link a line: the label, a vertical bar, the address ("About us | /about").
    [StringLength(10_000, ErrorMessage = "The footer links are too long: at most 10,000 characters.")]
    public string? FooterLinks { get; set; }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();

    public static SettingsForm From(PublicationSettings p) => new()
    {
        Name = p.Name, Tagline = p.Tagline, BaseUrl = p.BaseUrl, Language = p.Language, TimeZone = p.TimeZone,
        LogoUrl = p.LogoUrl, Copyright = p.Copyright, FooterLinks = string.Join("\n", p.FooterLinks.Select(l => $"{l.Label} | {l.Url}")),
    };

    public bool Apply(PublicationSettings publication, ModelStateDictionary state)
    {
        var name = FormText.Clean(Name);
        if (name is null)
        {
            state.AddModelError("Form.Name", "Give the publication a name.");
        }

        var baseUrl = FormText.Clean(BaseUrl);
        if (baseUrl is null || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            state.AddModelError("Form.BaseUrl", "The site's address is its full public address, like “https://news.example.com”.");
        }

        var language = FormText.Clean(Language) ?? "";
        if (!LanguageTag().IsMatch(language))
        {
            state.AddModelError("Form.Language", "The language is a tag like “en”, “ms” or “en-GB”.");
        }

        var zone = FormText.Clean(TimeZone) ?? "";
        if (!IsTimeZone(zone))
        {
            state.AddModelError("Form.TimeZone", $"“{(zone.Length > 60 ? zone[..60] + "…" : zone)}” is not a time zone this server knows; use an IANA name like “Asia/Kuala_Lumpur” or “UTC”.");
        }

        var logo = FormText.Clean(LogoUrl);
        if (logo is not null && !FormText.IsWebAddress(logo))
        {
            state.AddModelError("Form.LogoUrl", $"The logo address {FormText.WebAddressMessage}.");
        }

        var links = Links(state);
        if (!state.IsValid)
        {
            return false;
        }

        publication.Name = name!;
        publication.Tagline = FormText.Clean(Tagline);
        publication.BaseUrl = baseUrl!.TrimEnd('/');
        publication.Language = language;
        publication.TimeZone = zone;
        publication.LogoUrl = logo;
        publication.Copyright = FormText.Clean(Copyright);
        publication.FooterLinks = links;
        return true;
    }

    private static bool IsTimeZone(string id)
    {
        try
        {
            return id.Length > 0 && TimeZoneInfo.FindSystemTimeZoneById(id) is not null;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return false;
        }
    }

    private List<FooterLink> Links(ModelStateDictionary state)
    {
        var links = new List<FooterLink>();
        var lines = (FooterLinks ?? "").Split('\n').Select(FormText.Clean).OfType<string>().ToList();
        if (lines.Count > MaxFooterLinks)
        {
            state.AddModelError("Form.FooterLinks", $"At most {MaxFooterLinks} footer links.");
            return links;
        }

        foreach (var line in lines)
        {
            var bar = line.LastIndexOf('|');
            var label = bar > 0 ? line[..bar].Trim() : "";
            var url = bar > 0 ? line[(bar + 1)..].Trim() : "";
            if (label.Length is 0 or > 100 || !FormText.IsWebAddress(url))
            {
                state.AddModelError("Form.FooterLinks", $"Each footer link is a label, a “|”, and a path or https:// address, like “About us | /about”. This line is not: “{(line.Length > 80 ? line[..80] + "…" : line)}”.");
                continue;
            }

            links.Add(new FooterLink { Label = label, Url = url });
        }

        return links;
    }
}
