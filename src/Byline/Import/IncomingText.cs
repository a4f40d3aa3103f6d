namespace Byline.Import;

// What a field may hold before it is saved: no control characters (PostgreSQL refuses NUL, and
// nothing else in C0 belongs in prose), and no more than the column takes, said plainly instead
// of as a database error.
public static class IncomingText
{
    public static string Clean(string value) =>
        value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            ? new string(value.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray())
            : value;

    public static string Required(string? value, string field, int maxLength) =>
        Optional(value, field, maxLength) ?? throw new ImportException($"the {field} is empty");

    public static string? Optional(string? value, string field, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        var clean = Clean(value).Trim();
        return clean.Length switch
        {
            0 => null,
            _ when clean.Length > maxLength => throw new ImportException($"the {field} is {clean.Length} characters long; at most {maxLength} fit"),
            _ => clean,
        };
    }
}
