using System.CommandLine;
using Byline.Media;

namespace Byline.Cli;

// `byline media variants`: rows and responsive variants for images already in the media folder
// (MediaBackfill). Safe to run again; it does only what is missing.
public static class MediaCommands
{
    public static Command Create()
    {
        var media = new Command("media", "Look after the media library.");
        var variants = new Command("variants", "Add library rows and responsive variants for images already in the media folder.");
        variants.SetAction((_, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var outcome = await ActivatorUtilities.CreateInstance<MediaBackfill>(services).RunAsync(ct);
            Console.WriteLine($"Added {outcome.Added} image(s) to the library; made variants for {outcome.Completed} more.");
            foreach (var failure in outcome.Failed)
            {
                await Console.Error.WriteLineAsync($"Skipped {failure}");
            }

            return outcome.Failed.Count == 0 ? 0 : 1;
        }));
        media.Subcommands.Add(variants);
        return media;
    }
}
