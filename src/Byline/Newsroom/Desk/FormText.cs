using Byline.Import;

namespace Byline.Newsroom.Desk;

// What the newsroom's forms do to a typed value before it is checked and saved: control characters
// out (PostgreSQL refuses NUL; nothing else in C0 or C1 belongs in a name), spaces trimmed, empty
// means absent. Everything else is kept as typed and encoded where it is shown.
public static class FormText
{
    public static string? Clean(string? value) =>
        value is null ? null : IncomingText.Clean(value).Trim() is { Length: > 0 } clean ? clean : null;

    // Addresses a reader's page may link to or load: http(s), or a path on this site.
    public static bool IsWebAddress(string url) => Site.SiteChrome.SafeLink(url) is not null;

    public const string WebAddressMessage = "must be a web address starting with https:// (or http://), or a path on this site starting with /";
}
