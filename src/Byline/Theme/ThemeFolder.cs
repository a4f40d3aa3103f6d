namespace Byline.Theme;

// Finds the selected theme: a configured folder first, then ./themes under the working folder (so a
// publisher's edits show without a rebuild), then the themes shipped beside the executable.
public sealed class ThemeFolder
{
    public ThemeFolder(ThemeOptions options)
    {
        var candidates = new[] { options.ThemesPath, Path.Combine(Directory.GetCurrentDirectory(), "themes"), Path.Combine(AppContext.BaseDirectory, "themes") };
        foreach (var root in candidates)
        {
            if (root is not null && Directory.Exists(Path.Combine(root, options.Theme, "templates")))
            {
                Root = Path.GetFullPath(Path.Combine(root, options.Theme));
                return;
            }
        }

        throw new InvalidOperationException(
            $"Theme '{options.Theme}' was not found (looked in {string.Join(", ", candidates.Where(c => c is not null))}). " +
            "Set Byline:ThemesPath to the folder that holds it.");
    }

    public string Root { get; }
    public string Templates => Path.Combine(Root, "templates");
    public string Assets => Path.Combine(Root, "assets");
}
