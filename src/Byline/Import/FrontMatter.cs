using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Byline.Import;

// "---\nyaml\n---\nbody": the YAML as a case-insensitive dictionary, and the Markdown after it.
public sealed class FrontMatter
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();
    private readonly Dictionary<string, object?> _values;

    private FrontMatter(Dictionary<string, object?> values, string body)
    {
        _values = new Dictionary<string, object?>(values, StringComparer.OrdinalIgnoreCase);
        Body = body;
    }

    public string Body { get; }

    public static FrontMatter Parse(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new ImportException("the Markdown file has no front matter (it must start with a line of three dashes)");
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new ImportException("the front matter is not closed by a line of three dashes");
        }

        var yaml = text[4..(end + 1)];
        var bodyStart = text.IndexOf('\n', end + 4);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        try
        {
            var values = Yaml.Deserialize<Dictionary<string, object?>>(yaml) ?? [];
            return new FrontMatter(values, body.Trim('\n'));
        }
        catch (YamlException ex)
        {
            throw new ImportException($"the front matter is not valid YAML (line {ex.Start.Line}: {ex.InnerException?.Message ?? ex.Message})", ex);
        }
    }

    public string? Text(string key) => _values.TryGetValue(key, out var value) && value is not null and not IDictionary<object, object> and not IList<object>
        ? Convert.ToString(value, CultureInfo.InvariantCulture)
        : null;

    public IReadOnlyList<string> List(string key) => _values.TryGetValue(key, out var value) ? ListOf(value) : [];

    public IReadOnlyList<IDictionary<object, object>> Maps(string key) =>
        _values.TryGetValue(key, out var value) && value is IList<object> list ? list.OfType<IDictionary<object, object>>().ToList() : [];

    public IDictionary<object, object>? Map(string key) =>
        _values.TryGetValue(key, out var value) ? value as IDictionary<object, object> : null;

    public DateTime? Time(string key) => ParseTime(Text(key), key);

    public static DateTime? ParseTime(string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.UtcDateTime
            : throw new ImportException($"'{key}' is not a date and time: \"{value}\" (write it like 2025-10-26T14:30:00+08:00)");
    }

    // "a, b" and [a, b] both mean two items.
    private static List<string> ListOf(object? value) => value switch
    {
        null => [],
        IList<object> list => list.Select(i => Convert.ToString(i, CultureInfo.InvariantCulture) ?? "").Where(s => s.Trim().Length > 0).Select(s => s.Trim()).ToList(),
        _ => (Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
    };
}
