using System.Net.Sockets;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Byline.Cli;

// A start that cannot go on says why in one line on stderr and exits non-zero: the person at the
// console needs the reason, not a stack trace. The full exception still goes to the log at debug.
public static class StartupFailure
{
    public static async Task<int> GuardAsync(Func<Task<int>> start)
    {
        try
        {
            return await start();
        }
        // Only when Byline is the program: a host that tests build in-process sees the exception itself.
        catch (Exception ex) when (ex is not HostAbortedException and not OperationCanceledException && Assembly.GetEntryAssembly() == typeof(StartupFailure).Assembly)
        {
            await Console.Error.WriteLineAsync("byline: " + Describe(ex));
            return 1;
        }
    }

    public static string Describe(Exception ex)
    {
        var root = ex;
        while (root is AggregateException or TargetInvocationException && root.InnerException is not null)
        {
            root = root.InnerException;
        }

        var reason = root switch
        {
            NpgsqlException { InnerException: SocketException socket } => $"the PostgreSQL server cannot be reached ({socket.Message})",
            NpgsqlException or PostgresException => $"PostgreSQL refused the connection or a statement: {root.Message}",
            SqliteException sqlite => $"the SQLite database cannot be used (error {sqlite.SqliteErrorCode}): {sqlite.Message}",
            IOException io when io.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) => $"the address to listen on is taken: {io.Message}",
            UnauthorizedAccessException => $"a file or folder cannot be written: {root.Message}",
            InvalidOperationException => root.Message,
            _ => $"{root.GetType().Name}: {root.Message}",
        };
        return "cannot start: " + string.Join(' ', reason.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
