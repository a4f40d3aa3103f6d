namespace Byline.Text;

/// <summary>
/// Reads what follows the story: author boxes, tags, a wire credit, and the rails and footer,
/// of which nothing is kept. Text here is never body: a "Latest Post" rail is a list of other
/// stories' headlines. Several author boxes in a row give several authors.
/// </summary>
internal sealed class StoryTail(StoryDraft draft)
{
    private Expect _expect = Expect.Nothing;
    private string? _name;
    private bool _strict;
    private bool _continuing;

    private enum Expect
    {
        Nothing,
        NameOrBio,
        Bio,
    }

    public static void Read(IReadOnlyList<StoryBlock> blocks, int start, StoryDraft draft)
    {
        var tail = new StoryTail(draft);
        for (var i = start; i < blocks.Count; i++)
        {
            tail.Read(blocks[i]);
        }

        tail.Flush();
    }

    private void Read(StoryBlock block)
    {
        switch (block.Kind)
        {
            case BlockKind.AuthorBox:
                Flush();
                (_expect, _continuing) = (Expect.NameOrBio, false);
                if (AuthorBoxes.InlineBio(block.Text) is { } inline)
                {
                    ReadBox(inline);
                }

                break;
            case BlockKind.Byline:
                // "Written by Jane Doe" at the foot: a bio may follow, if it is about her.
                Flush();
                var names = Bylines.Read(block.Text)?.Names ?? [];
                foreach (var name in names)
                {
                    draft.AddAuthor(name);
                }

                if (names.Count == 1)
                {
                    (_name, _expect, _strict, _continuing) = (names[0], Expect.Bio, true, false);
                }

                break;
            case BlockKind.Text:
                ReadBox(block.Text);
                break;
            case BlockKind.Rail or BlockKind.Footer:
                Flush();
                break;
            case BlockKind.Slot when _continuing:
                Flush(); // an ad after a finished box: the boxes are over
                break;
            case BlockKind.Date:
                draft.NoteDate(PublicationDates.ReadLine(block.Text), nearTop: false);
                break;
            case BlockKind.Tags:
                draft.AddTags(block.Text);
                break;
            case BlockKind.WireCredit:
                draft.AddWireCredit(block.Text);
                break;
        }
    }

    private void ReadBox(string text)
    {
        switch (_expect)
        {
            case Expect.NameOrBio when AuthorNames.FromLine(text) is { } name:
                // After a finished box, a lone name may be a rail's headline: keep it only if a bio follows.
                (_name, _strict, _expect) = (name, false, Expect.Bio);
                break;
            case Expect.NameOrBio when AuthorNames.FromBio(text) is { } name && (!_continuing || LooksLikeBio(text)):
                Done(name, text);
                break;
            case Expect.NameOrBio when !_continuing && draft.Authors is [{ Bio: null } only]:
                Done(only.Name, text); // "He covers ..." belongs to the one reporter the byline named
                break;
            case Expect.Bio when _name is not null && IsJobTitle(text):
                break; // "Political Reporter" between the name and the bio
            case Expect.Bio when _name is not null && (!_strict || IsAbout(text, _name)):
                Done(_name, text);
                break;
            default:
                Flush();
                break;
        }
    }

    private void Done(string name, string bio)
    {
        draft.AddAuthor(name, bio);
        (_name, _expect, _continuing) = (null, Expect.NameOrBio, true);
    }

    private void Flush()
    {
        if (_name is not null && !_continuing)
        {
            draft.AddAuthor(_name);
        }

        (_name, _expect, _continuing) = (null, Expect.Nothing, false);
    }

    private static bool IsJobTitle(string text) => Words.AtMost(text, 6) && !Deks.EndsSentence(text);

    private static bool LooksLikeBio(string text) => !Words.AtMost(text, 11) && Deks.EndsSentence(text);

    private static bool IsAbout(string bio, string name) =>
        bio.StartsWith(name.Split(' ')[0] + " ", StringComparison.OrdinalIgnoreCase)
        || bio.StartsWith("He ", StringComparison.Ordinal)
        || bio.StartsWith("She ", StringComparison.Ordinal)
        || bio.StartsWith("They ", StringComparison.Ordinal);
}
