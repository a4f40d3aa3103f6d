using System.Globalization;

namespace Byline.Api.Content;

public enum GhostIdKind
{
    Story = 1,
    Page = 2,
    Author = 3,
    Tag = 4,
    Section = 5,
}

// Ghost ids are 24 hex characters (MongoDB-style ObjectIds) and Ghost's own input validation
// refuses anything else, so Byline answers in the same shape: two hex digits saying what the row is
// (sections and tags share the tags resource and must not collide), then the row's number.
// Story 7 is "010000000000000000000007"; section 2 is "050000000000000000000002".
public static class GhostIds
{
    public static string Encode(GhostIdKind kind, int id) =>
        ((int)kind).ToString("x2", CultureInfo.InvariantCulture) + id.ToString("x22", CultureInfo.InvariantCulture);

    public static bool IsWellFormed(string? id) => id is { Length: 24 } && id.All(char.IsAsciiHexDigit);

    public static bool TryDecode(string? id, out GhostIdKind kind, out int number)
    {
        kind = default;
        number = 0;
        if (!IsWellFormed(id) ||
            !int.TryParse(id.AsSpan(0, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var k) ||
            !Enum.IsDefined((GhostIdKind)k) ||
            !long.TryParse(id.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var n) ||
            n is < 1 or > int.MaxValue)
        {
            return false;
        }

        kind = (GhostIdKind)k;
        number = (int)n;
        return true;
    }

    // The row number when the id names a row of this kind; -1 (no row has it) otherwise, so a filter
    // on someone else's id quietly matches nothing, as an unknown id does in Ghost.
    public static int NumberOf(string? id, GhostIdKind kind) =>
        TryDecode(id, out var k, out var n) && k == kind ? n : -1;
}
