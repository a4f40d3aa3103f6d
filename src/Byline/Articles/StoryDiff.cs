using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Byline.Articles;

// What changed between two revisions: the body line by line, and inside a changed line word by
// word (DiffPlex's side-by-side model does both), then the metadata field by field.
public static class StoryDiff
{
    public enum Change
    {
        Same,
        Removed,
        Added,
    }

    public sealed record Piece(Change Change, string Text);

    // One line of the body as it reads in the older revision, the newer one, or both.
    public sealed record Line(Change Change, IReadOnlyList<Piece> Pieces);

    public sealed record Field(string Name, string Before, string After)
    {
        public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
    }

    public static IReadOnlyList<Line> Body(string before, string after)
    {
        var model = SideBySideDiffBuilder.Diff(Normalize(before), Normalize(after), ignoreWhiteSpace: false);
        var lines = new List<Line>();
        for (var i = 0; i < model.OldText.Lines.Count; i++)
        {
            var old = model.OldText.Lines[i];
            var @new = model.NewText.Lines[i];
            if (old.Type == ChangeType.Unchanged)
            {
                lines.Add(new Line(Change.Same, [new Piece(Change.Same, old.Text ?? "")]));
                continue;
            }

            if (old.Type is ChangeType.Deleted or ChangeType.Modified)
            {
                lines.Add(new Line(Change.Removed, Pieces(old, Change.Removed)));
            }

            if (@new.Type is ChangeType.Inserted or ChangeType.Modified)
            {
                lines.Add(new Line(Change.Added, Pieces(@new, Change.Added)));
            }
        }

        return lines;
    }

    public static IReadOnlyList<Field> Fields(StorySnapshot before, StorySnapshot after) =>
        [.. before.Fields().Zip(after.Fields(), (b, a) => new Field(b.Field, b.Value, a.Value))];

    // A modified line's words: the ones only on this side are marked, the shared ones are plain.
    private static List<Piece> Pieces(DiffPiece line, Change side)
    {
        if (line.Type != ChangeType.Modified || line.SubPieces.Count == 0)
        {
            return [new Piece(side, line.Text ?? "")];
        }

        return [.. line.SubPieces.Where(p => p.Type != ChangeType.Imaginary)
            .Select(p => new Piece(p.Type == ChangeType.Unchanged ? Change.Same : side, p.Text ?? ""))];
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
