using System.Text;
using Byline.Text;

namespace Byline.Import;

// A story copied from a web page as plain text. Byline.Text finds the headline, dateline, byline
// and author box and drops the page's chrome; the paragraphs become Markdown that shows them
// exactly as written (nothing in them is read as Markdown syntax).
public static class TextStoryReader
{
    public static IncomingStory Read(string text)
    {
        ParsedStory parsed;
        try
        {
            parsed = StoryTextParser.Parse(text);
        }
        catch (StoryTextException ex)
        {
            throw new ImportException(ex.Message, ex);
        }

        return new IncomingStory
        {
            Headline = parsed.Headline,
            Dek = parsed.Dek,
            Dateline = parsed.Dateline?.Place,
            BodyMarkdown = string.Join("\n\n", parsed.Paragraphs.Select(Escape)),
            Authors = parsed.Authors.Select(a => new IncomingAuthor(a.Name, a.Bio)).ToList(),
            Tags = parsed.Tags,
            PublishedAt = parsed.PublishedAt?.UtcDateTime,
        };
    }

    // Backslash-escapes what Markdown would otherwise read as syntax; quotes are left as typed.
    public static string Escape(string paragraph)
    {
        var markdown = new StringBuilder(paragraph.Length + 16);
        foreach (var c in paragraph)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#' or '!')
            {
                markdown.Append('\\');
            }

            markdown.Append(c);
        }

        // A paragraph that starts like a list item or a heading underline is text, not structure.
        var text = markdown.ToString();
        var firstWord = text.Split(' ', 2)[0];
        if (firstWord is "-" or "+" or "=" || (firstWord.Length > 1 && firstWord[..^1].All(char.IsAsciiDigit) && firstWord[^1] is '.' or ')'))
        {
            var cut = text.IndexOfAny(['-', '+', '=', '.', ')']);
            text = text[..cut] + "\\" + text[cut..];
        }

        return text;
    }
}
