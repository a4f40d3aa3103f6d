namespace Byline.Text;

/// <summary>The story as it is gathered, block by block, before it is handed over as a <see cref="ParsedStory"/>.</summary>
internal sealed class StoryDraft(string headline)
{
    private readonly List<string> _paragraphs = [];
    private readonly List<ParsedAuthor> _authors = [];
    private readonly List<string> _tags = [];
    private readonly List<string> _wireReporters = [];
    private Dateline? _dateline;
    private DatedLine? _date;

    public string Headline { get; } = headline;

    public string? Dek { get; set; }

    public int ParagraphCount => _paragraphs.Count;

    public IReadOnlyList<ParsedAuthor> Authors => _authors;

    // Only the opening paragraph can carry the dateline.
    public void AddParagraph(string text)
    {
        if (_paragraphs.Count == 0 && DatelineParser.Split(text) is var (dateline, rest))
        {
            _dateline = dateline;
            text = rest;
        }

        _paragraphs.Add(text);
    }

    // The same reporter in the byline and in the author box is one author, with the box's bio.
    public void AddAuthor(string name, string? bio = null)
    {
        var index = _authors.FindIndex(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            _authors.Add(new ParsedAuthor(name, bio));
        }
        else if (bio is not null && _authors[index].Bio is null)
        {
            _authors[index] = _authors[index] with { Bio = bio };
        }
    }

    /// <summary>
    /// Takes a paragraph that is a bylined author's bio ("John Smith is a professor of ...", or "The writer
    /// is ..." when one author is named), as op-eds print under the byline or below the last paragraph.
    /// </summary>
    public bool TakeBio(string text)
    {
        var brief = Words.AtMost(text, 80); // a bio is a few sentences, never a long paragraph
        var index = brief ? _authors.FindIndex(a => a.Bio is null && AuthorBoxes.IsBioOf(text, a.Name)) : -1;
        if (index < 0 && brief && _authors is [{ Bio: null }] && AuthorBoxes.IsWriterNote(text))
        {
            index = 0;
        }

        if (index >= 0)
        {
            _authors[index] = _authors[index] with { Bio = text };
        }

        return index >= 0;
    }

    public void AddByline(string line)
    {
        if (Bylines.Read(line) is not { } credit)
        {
            return;
        }

        foreach (var name in credit.Names)
        {
            AddAuthor(name);
        }

        if (credit.PublishedAt is { } date)
        {
            NoteDate(new DatedLine(date, DateLabel.None), nearTop: true);
        }
    }

    public void AddWireCredit(string line) => _wireReporters.AddRange(WireCredits.Read(line) ?? []);

    public void AddTags(string line)
    {
        foreach (var tag in StoryBlocks.ReadTags(line))
        {
            if (!_tags.Contains(tag, StringComparer.OrdinalIgnoreCase))
            {
                _tags.Add(tag);
            }
        }
    }

    // A "Published" date wins over any other; a bare or "Updated" date counts only near the top,
    // where it belongs to this story and not to a rail of other stories.
    public void NoteDate(DatedLine? line, bool nearTop)
    {
        if (line is null || (line.Label == DateLabel.None && !nearTop))
        {
            return;
        }

        if (_date is null || (line.Label == DateLabel.Published && _date.Label != DateLabel.Published))
        {
            _date = line;
        }
    }

    public ParsedStory Build()
    {
        if (_paragraphs.Count == 0)
        {
            throw new StoryTextException(
                $"The text has a headline (\"{Shorten(Headline)}\") but no body paragraph under it.");
        }

        // A wire story credits its reporters only at the foot ("Reporting by ..."); use that when nothing else named them.
        if (_authors.Count == 0)
        {
            foreach (var reporter in _wireReporters)
            {
                AddAuthor(reporter);
            }
        }

        if (_paragraphs.Count > 1 && TakeBio(_paragraphs[^1]))
        {
            _paragraphs.RemoveAt(_paragraphs.Count - 1);
        }

        SubEditor.Edit(_paragraphs);

        return new ParsedStory(Headline, _dateline, _paragraphs.ToArray(), _authors.ToArray())
        {
            Dek = Dek,
            PublishedAt = _date?.Date,
            Tags = _tags.ToArray(),
        };
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
