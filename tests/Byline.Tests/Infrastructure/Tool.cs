using System.Diagnostics;

namespace Byline.Tests.Infrastructure;

// Runs an external program (node, java, the byline executable) and collects what it printed.
public static class Tool
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string program, IEnumerable<string> args, IDictionary<string, string>? environment = null, string? workingDirectory = null, int timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} ran over {timeoutSeconds} s");
        }

        return (process.ExitCode, await output, await error);
    }

    public static string NodeModule(string path)
    {
        var full = Path.Combine(Repo.JsTools, "node_modules", path);
        return File.Exists(full) || Directory.Exists(full)
            ? full
            : throw new InvalidOperationException($"{full} is missing: run scripts/test.sh, or `npm ci --ignore-scripts` in tests/js");
    }
}
