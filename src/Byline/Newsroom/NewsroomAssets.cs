using System.Security.Cryptography;

namespace Byline.Newsroom;

// The newsroom's stylesheet and its few scripts, built into the program (they are not part of any
// theme). Pages link them with a hash of their bytes, so they can be cached for a long time and
// still change with a release.
public static class NewsroomAssets
{
    private static readonly Dictionary<string, (byte[] Bytes, string Type)> Files = Load();

    public static string Version { get; } = VersionOf("newsroom.css");

    // Each file's own hash, so a script can change without every stylesheet link changing too.
    public static string VersionOf(string name) => Convert.ToHexStringLower(SHA256.HashData(Files[name].Bytes))[..12];

    public static IResult Serve(string name, HttpContext context)
    {
        if (!Files.TryGetValue(name, out var file))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.Bytes(file.Bytes, file.Type);
    }

    private static Dictionary<string, (byte[], string)> Load()
    {
        var assembly = typeof(NewsroomAssets).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Byline.Newsroom.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var name = resource["Byline.Newsroom.".Length..];
            files[name] = (memory.ToArray(), name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8"
                : name.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8"
                : "application/octet-stream");
        }

        return files;
    }
}
