namespace Byline.Cli;

// A one-line progress bar on a terminal; silent when the output is a file or a pipe.
public sealed class ProgressBar(TextWriter output, bool enabled)
{
    private const int Width = 30;

    public void Report(int done, int total, string current)
    {
        if (!enabled || total == 0)
        {
            return;
        }

        var filled = (int)Math.Round(Width * (double)done / total);
        var name = Path.GetFileName(current);
        if (name.Length > 40)
        {
            name = name[..37] + "...";
        }

        output.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {name}".PadRight(Width + 60));
        if (done == total)
        {
            output.WriteLine();
        }
    }
}
