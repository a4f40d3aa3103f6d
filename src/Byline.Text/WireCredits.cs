using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>
/// The wire's closing credit, "Reporting by X and Y in Delhi; Editing by Z": it names the reporters
/// (editors are not authors), and it is the story's last line, so only links and buttons follow it.
/// </summary>
internal static partial class WireCredits
{
    /// <summary>The reporters the credit names; null when the line is no wire credit.</summary>
    public static IReadOnlyList<string>? Read(string line)
    {
        if (!Words.AtMost(line, 60) || !WireCredit().IsMatch(line))
        {
            return null;
        }

        var reporters = new List<string>();
        foreach (var clause in line.Trim('(', ')', '.', ' ').Split(';'))
        {
            var reporting = Reporting().Match(clause.Trim());
            if (reporting.Success)
            {
                reporters.AddRange(Bylines.ReadNames(reporting.Groups["names"].Value) ?? []);
            }
        }

        return reporters;
    }

    [GeneratedRegex(@"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|research)\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WireCredit();

    [GeneratedRegex(@"^reporting\s+by\s+(?<names>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();
}
