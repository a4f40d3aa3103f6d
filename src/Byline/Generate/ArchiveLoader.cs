using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Byline.Generate;

// Writes generated stories straight to the tables, inside one transaction on the DbContext's own
// connection: at 100,000 stories EF's change tracker would cost more than the writing. Going round
// SaveChanges has two consequences, both meant:
// - BylineDb.SaveChangesAsync does not index these stories, so each batch carries its search rows
//   (made by SearchIndexer.Document, the same text a save would index) and the generator runs
//   SearchIndexer.CatchUpAsync afterwards as a check;
// - the WebhookOutbox interceptor never sees them, so subscribers get no "published" event for a
//   synthetic archive.
public abstract class ArchiveLoader(BylineDb db) : IAsyncDisposable
{
    private IDbContextTransaction? _transaction;

    protected BylineDb Db => db;

    protected DbConnection Connection => db.Database.GetDbConnection();

    protected DbTransaction? Transaction => _transaction?.GetDbTransaction();

    public static async Task<ArchiveLoader> StartAsync(BylineDb db, CancellationToken cancellationToken)
    {
        ArchiveLoader loader = db is SqliteBylineDb ? new SqliteArchiveLoader(db) : new PostgresArchiveLoader(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await loader.BeforeAsync(cancellationToken);
        loader._transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        return loader;
    }

    // Ids for count new stories, in ascending order, that no other writer will take.
    public abstract Task<int[]> ReserveIdsAsync(int count, CancellationToken cancellationToken);

    public abstract Task WriteAsync(IReadOnlyList<GeneratedStory> batch, CancellationToken cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await FinishAsync(cancellationToken);
        await _transaction!.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
        await AfterAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // Not committed: the load failed or was cancelled, and rolls back whole.
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
            await AfterAsync(CancellationToken.None);
        }

        await db.Database.CloseConnectionAsync();
        GC.SuppressFinalize(this);
    }

    // Whatever a loader holds back for a larger statement, written before the commit.
    protected virtual Task FinishAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Settings for the load, before the transaction, and their undoing after it.
    protected virtual Task BeforeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task AfterAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.Transaction = Transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
