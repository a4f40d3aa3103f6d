using System.Globalization;
using System.Text.RegularExpressions;

namespace Byline.Api.Content.Nql;

// `now-30d`, `now+1w`: NQL's relative dates. Units as in Ghost: d(ays), w(eeks), M(onths), y(ears),
// h(ours), m(inutes), s(econds).
public static partial class RelativeDates
{
    public static bool IsRelative(string word) => Pattern().IsMatch(word);

    public static DateTime Resolve(string word, DateTime nowUtc)
    {
        var match = Pattern().Match(word);
        if (!match.Success || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            throw new NqlException($"'{word}' is not a relative date such as now-30d");
        }

        var sign = match.Groups[1].Value == "-" ? -1 : 1;
        try
        {
            return match.Groups[3].Value switch
            {
                "d" => nowUtc.AddDays(sign * (double)amount),
                "w" => nowUtc.AddDays(sign * 7.0 * amount),
                "M" => nowUtc.AddMonths(sign * amount),
                "y" => nowUtc.AddYears(sign * amount),
                "h" => nowUtc.AddHours(sign * (double)amount),
                "m" => nowUtc.AddMinutes(sign * (double)amount),
                _ => nowUtc.AddSeconds(sign * (double)amount),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new NqlException($"'{word}' is out of range");
        }
    }

    [GeneratedRegex(@"^now([-+])(\d{1,9})([dwMyhms])$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
