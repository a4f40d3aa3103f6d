namespace Byline.Seo;

// Google News wants an ISO 639 code ("en", "ms", "vi"), except for Chinese, which is zh-cn or zh-tw.
public static class NewsLanguage
{
    public static string From(string language)
    {
        var tag = language.Trim().ToLowerInvariant().Replace('_', '-');
        if (tag.StartsWith("zh", StringComparison.Ordinal))
        {
            return tag.Contains("tw", StringComparison.Ordinal) || tag.Contains("hk", StringComparison.Ordinal) || tag.Contains("hant", StringComparison.Ordinal)
                ? "zh-tw"
                : "zh-cn";
        }

        var primary = tag.Split('-')[0];
        return primary.Length is 2 or 3 ? primary : "en";
    }
}
