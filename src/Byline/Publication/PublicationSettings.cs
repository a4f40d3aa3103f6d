namespace Byline.Publication;

// The one row that says who is publishing: name, address, language, zone, footer.
public class PublicationSettings
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Tagline { get; set; }
    public string BaseUrl { get; set; } = "http://localhost:5080";
    public string Language { get; set; } = "en";
    public string TimeZone { get; set; } = "UTC";
    public string? LogoUrl { get; set; }
    public string? Copyright { get; set; }
    public List<FooterLink> FooterLinks { get; set; } = [];
}

public class FooterLink
{
    public required string Label { get; set; }
    public required string Url { get; set; }
}
