using Microsoft.Data.Sqlite;
using Npgsql;

namespace Byline.Tests.Infrastructure;

// A fresh, empty database for one test app: in-memory SQLite by default, or a new database on the
// PostgreSQL server named by BYLINE_TEST_POSTGRES (scripts/test.sh sets it for the second pass).
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection? _keepAlive;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;
    private readonly string? _file;

    private TestDatabase(string connectionString, SqliteConnection? keepAlive, string? postgresAdmin, string? postgresName, string? file = null)
    {
        ConnectionString = connectionString;
        _keepAlive = keepAlive;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
        _file = file;
    }

    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable("BYLINE_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool IsPostgres => PostgresServer is not null;

    public static async Task<TestDatabase> CreateAsync(bool onDisk = false)
    {
        if (PostgresServer is { } admin)
        {
            var name = "byline_test_" + Guid.NewGuid().ToString("N")[..16];
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            return new TestDatabase(builder.ConnectionString, null, admin, name);
        }

        if (onDisk)
        {
            var file = Path.Combine(Path.GetTempPath(), $"byline-test-{Guid.NewGuid():N}.db");
            return new TestDatabase($"Data Source={file}", null, null, null, file);
        }

        // A named in-memory database lives as long as one connection to it is open.
        var memory = $"Data Source=file:byline-{Guid.NewGuid():N}?mode=memory&cache=shared";
        var keepAlive = new SqliteConnection(memory);
        await keepAlive.OpenAsync();
        return new TestDatabase(memory, keepAlive, null, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        // A file database goes with its write-ahead log and shared-memory files.
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
