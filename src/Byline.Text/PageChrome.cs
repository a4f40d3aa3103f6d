using System.Text.RegularExpressions;

namespace Byline.Text;

/// <summary>
/// Recognises the furniture of a news page that comes along when a story is copied: ad slots,
/// share rows, "Also Read" links, photo credits, rails of other headlines and the footer.
/// Only whole, short lines are judged, so a sentence that merely mentions "advertisement" stays.
/// </summary>
internal static partial class PageChrome
{
    // Lines that can sit anywhere, even between paragraphs; dropping them never ends the body.
    private static readonly HashSet<string> _slots = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advertisements", "advertisment", "ad", "ads", "sponsored", "sponsored content",
        "promoted", "promoted content", "paid content", "paid post", "partner content",
        "story continues below advertisement", "story continues below", "article continues below advertisement",
        "article continues below", "continue reading below", "continue reading", "scroll to continue",
        "scroll to continue with content", "read more", "read also", "also read", "see also", "show more",
        "share", "share this", "share this article", "share this story", "share this post", "share article",
        "share via", "share on", "tweet", "print", "email", "e-mail", "copy link", "link copied",
        "listen to this article", "listen", "skip to content", "skip to main content", "menu", "search",
        "home", "subscribe", "subscribe now", "sign up", "log in", "login", "sign in", "register", "follow",
        "follow us", "back to top", "next article", "previous article", "next post", "previous post",
        "next story", "previous story", "loading", "view comments", "font size", "save", "bookmark",
        "file photo", "representational image", "representative image", "image for representation",
        "photo", "video", "watch video", "play video", "gallery", "breaking", "breaking news",
    };

    // Headings of what follows the story: other headlines, comments. After one of these, nothing is body.
    private static readonly HashSet<string> _railHeadings = new(StringComparer.OrdinalIgnoreCase)
    {
        "latest", "latest post", "latest posts", "latest news", "latest stories", "latest articles",
        "related", "related stories", "related articles", "related posts", "related news", "related topics",
        "related content", "related coverage", "more stories", "more news", "more articles", "trending",
        "trending now", "trending news", "trending stories", "most read", "most popular", "most viewed",
        "popular", "popular posts", "popular stories", "popular news", "recent posts", "recent stories",
        "recent news", "recommended", "recommended for you", "recommended stories", "you may also like",
        "you might also like", "you may like", "you may have missed", "don't miss", "don’t miss",
        "top stories", "editor's picks", "editor’s picks", "in case you missed it", "comments",
        "leave a comment", "leave a reply", "post a comment", "what to read next", "read next", "up next",
    };

    private static readonly HashSet<string> _social = new(StringComparer.OrdinalIgnoreCase)
    {
        "facebook", "twitter", "x", "whatsapp", "linkedin", "telegram", "email", "e-mail", "reddit",
        "pinterest", "instagram", "youtube", "threads", "bluesky", "mastodon", "tumblr", "flipboard",
        "koo", "copy", "link", "print", "share", "tweet", "messenger", "snapchat", "tiktok", "sms",
    };

    private static readonly HashSet<string> _footerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "about us", "contact", "contact us", "privacy", "privacy policy", "terms", "terms of use",
        "terms of service", "terms & conditions", "terms and conditions", "cookies", "cookie policy",
        "advertise", "advertise with us", "careers", "sitemap", "disclaimer", "editorial policy",
        "corrections", "faq", "help", "rss", "newsletter", "newsletters", "accessibility",
    };

    public static bool IsSlot(string line) =>
        IsShort(line, 25)
        && (_slots.Contains(Bare(line)) || LinkOut().IsMatch(line) || IsSocialRow(line) || _social.Contains(line)
            || DeskCredit().IsMatch(line) || EditorCredit().IsMatch(line) || Captions.IsCredit(line) || SignOff().IsMatch(line)
            || DateLines.IsRelativeTime(line) || DateLines.IsReadingTime(line)
            || (IsShort(line, 20) && (CallToAction().IsMatch(line) || line.Contains("your inbox", StringComparison.OrdinalIgnoreCase))))
        || (IsShort(line, 60) && Captions.IsCaption(line));

    /// <summary>The wire's last word on a story: "Our Standards: ...", "X contributed to this report."</summary>
    public static bool IsSignOff(string line) => IsShort(line, 25) && SignOff().IsMatch(line);

    public static bool IsRailHeading(string line) =>
        IsShort(line, 6) && (_railHeadings.Contains(Bare(line)) || MoreFrom().IsMatch(Bare(line)));

    public static bool IsFooter(string line) =>
        IsShort(line, 25) && (Copyright().IsMatch(line) || IsLinkRow(line));

    private static bool IsSocialRow(string line)
    {
        var words = line.Split([' ', '|', '•', '·', '/', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && Array.TrueForAll(words, _social.Contains);
    }

    // "About • Terms • Privacy", "Home > World > Asia": short link labels between separators.
    private static bool IsLinkRow(string line)
    {
        var parts = LinkSeparator().Split(line);
        if (parts.Length < 2 || IsSocialRow(line) || Array.Exists(parts, p => p.Length == 0 || !Words.AtMost(p, 4)))
        {
            return false;
        }

        // Two crumbs are enough behind an arrow ("News › Asia"), but must both read as link labels.
        return Array.TrueForAll(parts, p => _footerWords.Contains(p))
            || (parts.Length >= 3 && Array.TrueForAll(parts, p => !char.IsLower(p[0]) && !p.EndsWith('.')))
            || (line.IndexOfAny(['›', '>', '»']) >= 0 && Array.TrueForAll(parts, SubEditor.IsLabel));
    }

    // Short in characters too: one 'word' of a megabyte is no button, and regexes need not read it.
    private static bool IsShort(string line, int maxWords) => line.Length <= maxWords * 40 && Words.AtMost(line, maxWords);

    // "Latest Post:" and "Related »" are the same heading as "Latest Post".
    private static string Bare(string line) => line.Trim().TrimEnd(':', '»', '›', '>', '…', '.', '|', '-', ' ');

    [GeneratedRegex(@"^(also\s+read|read\s+also|read\s+more|also\s+see|see\s+also|also\s+watch|watch|read|must\s+read|baca\s+juga|baca)\s*[:|\-–—»]\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkOut();

    [GeneratedRegex(@"^(share\s+(on|via|to)\b|click\s+here\b|subscribe\s+to\b|sign\s+up\s+(for|to)\b|follow\s+(us|\S+)\s+on\b|follow\s+us\b|join\s+(us|our)\b.*\b(channel|community|newsletter)|download\s+(the|our)\s+app|get\s+the\s+latest\b|purchase\s+licensing\s+rights\b"
        + @"|enter\s+your\s+e-?mail|your\s+e-?mail\s+address|thank\s+you\s+for\s+(subscribing|signing\s+up)"
        + @"|by\s+(signing\s+up|subscribing|registering|clicking)\b.*\b(agree|accept|consent)"
        + @"|(view\s+)?comments?\s*\(\d+\)$|\d+\s+comments?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"^our\s+standards\s*:|\bcontributed\s+(reporting\s+)?to\s+this\s+(report|story)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SignOff();



    // "Edited By: Priya Sharma": the desk editor, who is not an author of the story.
    [GeneratedRegex(@"^edited\s+by\s*:?\s+[^\s|]+(?:\s[^\s|]+){0,5}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EditorCredit();

    // "Web Desk", "Our Correspondent", "Senior Correspondent": a credit with no person's name in it.
    [GeneratedRegex(@"^(our\s+|the\s+)?([\p{L}\-]+\s+){0,2}(desk|bureau|correspondent|correspondents|staff|reporter|staff\s+report|news\s+service|agencies|news\s+network)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeskCredit();



    // A footer's copyright carries a year; a bare "© Reuters" is a photo credit and may sit mid-story.
    [GeneratedRegex(@"^(©|\(c\)|copyright\b).*\b(19|20)\d{2}\b|all\s+rights\s+reserved", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^more\s+(from|in|on)\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoreFrom();

    [GeneratedRegex(@"\s*[•|·»›>]\s*|\s+/\s+")]
    private static partial Regex LinkSeparator();
}
