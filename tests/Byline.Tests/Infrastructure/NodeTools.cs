using System.Text.Json;

namespace Byline.Tests.Infrastructure;

// Runs one of the Node scripts in tests/js over a document saved to a temporary file.
public static class NodeTools
{
    public static async Task<JsonElement> RunAsync(string script, string document, string extension)
    {
        var file = Path.Combine(Path.GetTempPath(), $"byline-{Path.GetFileNameWithoutExtension(script)}-{Guid.NewGuid():N}{extension}");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var (exit, output, error) = await Tool.RunAsync("node", [Path.Combine(Repo.JsTools, script), file]);
            Assert.True(exit == 0, error);
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
