namespace Byline.Theme;

public sealed class ThemeOptions
{
    // The theme's folder name; a publisher copies themes/default, edits it and names it here.
    public string Theme { get; set; } = "default";

    // Where themes live when not beside the executable (e.g. /srv/paper/themes).
    public string? ThemesPath { get; set; }
}
