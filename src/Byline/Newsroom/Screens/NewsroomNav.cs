using System.Security.Claims;
using Byline.Newsroom.Accounts;

namespace Byline.Newsroom.Screens;

// The newsroom's sections, each with the lowest role that sees it. Those without an address are
// built next and show as such; the server refuses what a role may not do whatever the menu shows.
public static class NewsroomNav
{
    public sealed record Item(string Label, string? Href, string Role);

    public static IReadOnlyList<Item> Items { get; } =
    [
        new("Stories", "/newsroom/stories", Roles.Contributor),
        new("Media", "/newsroom/media", Roles.Contributor),
        new("Corrections", "/newsroom/corrections", Roles.Author),
        new("Sections", "/newsroom/sections", Roles.Editor),
        new("Tags", "/newsroom/tags", Roles.Editor),
        new("Authors", "/newsroom/authors", Roles.Editor),
        new("People and places", "/newsroom/people", Roles.Editor),
        new("Pages", "/newsroom/pages", Roles.Editor),
        new("Ad slots", "/newsroom/ads", Roles.Administrator),
        new("Settings", "/newsroom/settings", Roles.Administrator),
        new("Users", "/newsroom/users", Roles.Administrator),
        new("Audit log", "/newsroom/audit", Roles.Administrator),
    ];

    public static IEnumerable<Item> For(ClaimsPrincipal user) =>
        Items.Where(item => Roles.AtLeast(item.Role).Any(user.IsInRole));

    public static string RoleOf(ClaimsPrincipal user) =>
        Roles.All.LastOrDefault(user.IsInRole) ?? "";
}
