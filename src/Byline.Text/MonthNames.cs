using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>
/// Malay and Indonesian month names, turned into the English ones the date formats know, so
/// "28 Oktober 2025" from a Malaysian or Indonesian site reads like "28 October 2025".
/// Names that are the same in English ("April", "November") need no entry.
/// </summary>
internal static partial class MonthNames
{
    private static readonly Dictionary<string, string> _english = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = "January", ["februari"] = "February", ["mac"] = "March", ["maret"] = "March",
        ["mei"] = "May", ["juni"] = "June", ["julai"] = "July", ["juli"] = "July", ["ogos"] = "August",
        ["agustus"] = "August", ["okt"] = "Oct", ["oktober"] = "October", ["dis"] = "Dec", ["des"] = "Dec",
        ["disember"] = "December", ["desember"] = "December", ["agu"] = "Aug",
    };

    public static string ToEnglish(string date) => Word().Replace(date, w => _english.GetValueOrDefault(w.Value, w.Value));

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
