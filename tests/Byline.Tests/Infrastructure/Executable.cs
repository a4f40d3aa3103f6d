using System.Net;
using System.Net.Sockets;

namespace Byline.Tests.Infrastructure;

// The built `byline` program, run as a separate process the way an operator runs it.
public static class Executable
{
    public static string Dll { get; } = Path.Combine(
        Repo.Root, "src", "Byline", "bin", new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name, "net10.0", "Byline.dll");

    public static Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, params string[] args) =>
        Tool.RunAsync("dotnet", [Dll, .. args], Environment(database), workingDirectory: Path.GetTempPath());

    public static Dictionary<string, string> Environment(TestDatabase? database) => new()
    {
        ["ConnectionStrings__Byline"] = database?.ConnectionString ?? "",
        ["Byline__AutoMigrate"] = "true",
        ["DOTNET_NOLOGO"] = "1",
    };

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
