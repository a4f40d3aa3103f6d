using System.Diagnostics;

namespace Byline.Tests.Infrastructure;

// `byline serve` as a separate process on a free loopback port, the way an operator runs it, for
// tests whose client is another program (Node, a browser).
public sealed class RunningSite : IAsyncDisposable
{
    private readonly Process _server;

    private RunningSite(Process server, string url)
    {
        _server = server;
        Url = url;
    }

    public string Url { get; }

    public static async Task<RunningSite> StartAsync(TestDatabase? database, string? workingFolder = null, params string[] settings)
    {
        var url = $"http://127.0.0.1:{Executable.FreePort()}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingFolder ?? Path.GetTempPath(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Executable.Dll, "serve", "--urls", url }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        if (database is not null)
        {
            foreach (var (name, value) in Executable.Environment(database))
            {
                start.Environment[name] = value;
            }
        }

        var server = Process.Start(start)!;
        var errors = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, e) => errors.AppendLine(e.Data);
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        var site = new RunningSite(server, url);
        using var client = new HttpClient();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"byline serve exited with {server.ExitCode}: {errors}");
            }

            try
            {
                await client.GetAsync(url + "/robots.txt");
                return site;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250);
            }
        }

        await site.DisposeAsync();
        throw new TimeoutException("byline serve did not answer within 90 s");
    }

    public async ValueTask DisposeAsync()
    {
        _server.Kill(entireProcessTree: true);
        await _server.WaitForExitAsync();
        _server.Dispose();
    }
}
