namespace Byline.Newsroom.Accounts;

// The newsroom's four roles, each with every right of the ones below it. A user holds exactly one;
// policies name the lowest role that may act, so "Editor" admits editors and administrators.
public static class Roles
{
    public const string Contributor = "Contributor";
    public const string Author = "Author";
    public const string Editor = "Editor";
    public const string Administrator = "Administrator";

    // Lowest first.
    public static IReadOnlyList<string> All { get; } = [Contributor, Author, Editor, Administrator];

    public static bool IsRole(string? name) => name is not null && All.Contains(name);

    // The roles at or above the given one: the ones a policy for it admits.
    public static string[] AtLeast(string role)
    {
        var index = All.ToList().IndexOf(role);
        return index < 0 ? throw new ArgumentException($"No role named {role}", nameof(role)) : [.. All.Skip(index)];
    }

    // Case-insensitive lookup for what people type (the CLI's --role).
    public static string? Find(string? name) => All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
