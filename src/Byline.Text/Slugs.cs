using System.Globalization;
using System.Text;

namespace Byline.Text;

/// <summary>URL slugs from headlines: lowercase ASCII letters, digits and single hyphens.</summary>
public static class Slugs
{
    // Letters that Unicode decomposition does not take apart into a base letter and an accent.
    private static readonly Dictionary<char, string> _letters = new()
    {
        ['ß'] = "ss", ['ẞ'] = "ss", ['ø'] = "o", ['Ø'] = "o", ['æ'] = "ae", ['Æ'] = "ae", ['œ'] = "oe",
        ['Œ'] = "oe", ['ð'] = "d", ['Ð'] = "d", ['þ'] = "th", ['Þ'] = "th", ['ł'] = "l", ['Ł'] = "l",
        ['đ'] = "d", ['Đ'] = "d", ['ı'] = "i", ['ħ'] = "h", ['Ħ'] = "h", ['ŋ'] = "n", ['ĸ'] = "k",
    };

    /// <summary>
    /// "Marco Rubio Highlights India's Multi-Alignment" gives "marco-rubio-highlights-indias-multi-alignment".
    /// Accents are dropped, apostrophes vanish without a hyphen, any other run of symbols becomes one
    /// hyphen, and a long slug is cut at the last hyphen within <paramref name="maxLength"/> (a single
    /// overlong word is cut hard). Text with no Latin letters or digits gives "", for the caller to replace.
    /// </summary>
    public static string Slugify(string text, int maxLength = 80)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);

        // Compatibility decomposition also folds ligatures and full-width forms ("ﬁ", "Ａ") to plain letters.
        var decomposed = WithoutInvalidCodePoints(text).Normalize(NormalizationForm.FormKD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is '\'' or '’' or '‘' or 'ʼ' or '′' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ascii = _letters.TryGetValue(c, out var spelled) ? spelled : char.ToLowerInvariant(c).ToString();
            foreach (var a in ascii)
            {
                if (a is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    slug.Append(a);
                }
                else if (slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append('-');
                }
            }
        }

        return Cut(slug.ToString().Trim('-'), maxLength);
    }

    // Normalize refuses half a surrogate pair and noncharacters (U+FFFE, U+FDD0...); such debris carries no letters.
    private static string WithoutInvalidCodePoints(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (rune != Rune.ReplacementChar && (value & 0xFFFE) != 0xFFFE && value is not (>= 0xFDD0 and <= 0xFDEF))
            {
                clean.Append(rune.ToString());
            }
        }

        return clean.ToString();
    }

    private static string Cut(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        if (slug[maxLength] == '-')
        {
            return slug[..maxLength];
        }

        var lastBreak = slug.LastIndexOf('-', maxLength - 1);
        return lastBreak > 0 ? slug[..lastBreak] : slug[..maxLength].TrimEnd('-');
    }
}
