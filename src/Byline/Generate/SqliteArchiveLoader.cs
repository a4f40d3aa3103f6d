using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Byline.Generate;

// SQLite: prepared INSERTs, reused for every row, in one write transaction. The FTS5 index follows
// StorySearch by its triggers, as it does for every save.
public sealed class SqliteArchiveLoader(BylineDb db) : ArchiveLoader(db)
{
    private const int StagedSearchRows = 5_000;
    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private int _staged;
    private string _synchronous = "2";
    private string _cacheSize = "-2000";

    public override async Task<int[]> ReserveIdsAsync(int count, CancellationToken cancellationToken)
    {
        // The write transaction (BEGIN IMMEDIATE) keeps other writers out until commit. AUTOINCREMENT
        // never hands out an id twice, even a deleted story's, so start past its counter as well.
        var last = Convert.ToInt32(await ScalarAsync(
            """SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'Stories'), 0), COALESCE((SELECT MAX("Id") FROM "Stories"), 0))""",
            cancellationToken), CultureInfo.InvariantCulture);
        return [.. Enumerable.Range(last + 1, count)];
    }

    public override async Task WriteAsync(IReadOnlyList<GeneratedStory> batch, CancellationToken cancellationToken)
    {
        var story = Command("""INSERT INTO "Stories" ("Id", "PublicId", "Headline", "Slug", "Dek", "Dateline", "BodyMarkdown", "BodyHtml", "SectionId", "Status", "CreatedAt", "PublishedAt", "UpdatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)""", 13);
        var byline = Command("""INSERT INTO "StoryAuthors" ("StoryId", "AuthorId", "Position") VALUES ($1, $2, $3)""", 3);
        var tag = Command("""INSERT INTO "StoryTags" ("StoriesId", "TagsId") VALUES ($1, $2)""", 2);
        var search = Command("""INSERT INTO temp."GeneratedSearch" ("StoryId", "Headline", "Dek", "Body", "Authors", "Tags") VALUES ($1, $2, $3, $4, $5, $6)""", 6);
        foreach (var s in batch)
        {
            // Guids and times as EF Core's SQLite provider writes them: uppercase text, and
            // "yyyy-MM-dd HH:mm:ss.FFFFFFF" in UTC, so that they compare and sort with EF's own.
            await RunAsync(story, cancellationToken, s.Id, s.PublicId.ToString().ToUpperInvariant(), s.Headline, s.Slug, s.Dek, (object?)s.Dateline ?? DBNull.Value,
                s.BodyMarkdown, s.BodyHtml, s.SectionId, (int)StoryStatus.Published, Time(s.CreatedAt), Time(s.PublishedAt), Time(s.UpdatedAt));
            for (var i = 0; i < s.AuthorIds.Length; i++)
            {
                await RunAsync(byline, cancellationToken, s.Id, s.AuthorIds[i], i);
            }

            foreach (var tagId in s.TagIds)
            {
                await RunAsync(tag, cancellationToken, s.Id, tagId);
            }

            var d = s.Search;
            await RunAsync(search, cancellationToken, d.StoryId, d.Headline, d.Dek, d.Body, d.Authors, d.Tags);
        }

        _staged += batch.Count;
        if (_staged >= StagedSearchRows)
        {
            await FinishAsync(cancellationToken);
        }
    }

    // FTS5 writes out what it has buffered at the end of every statement, so a row at a time
    // leaves a segment per story to merge (several times slower). Search rows wait in a temporary
    // table and go into StorySearch, and by its trigger into the index, some thousands at a time.
    protected override async Task FinishAsync(CancellationToken cancellationToken)
    {
        await RunAsync(Command("INSERT INTO \"StorySearch\" SELECT * FROM temp.\"GeneratedSearch\" ORDER BY \"StoryId\"", 0), cancellationToken);
        await RunAsync(Command("DELETE FROM temp.\"GeneratedSearch\"", 0), cancellationToken);
        _staged = 0;
    }

    // Nothing is durable until the one commit, so the load need not wait for the disk on each page
    // it spills; journal_mode stays WAL, so a crash still leaves the database as it was before.
    // A larger page cache keeps the slug, PublicId and full-text b-trees in memory while they grow.
    protected override async Task BeforeAsync(CancellationToken cancellationToken)
    {
        _synchronous = Convert.ToString(await ScalarAsync("PRAGMA synchronous", cancellationToken), CultureInfo.InvariantCulture) ?? "2";
        _cacheSize = Convert.ToString(await ScalarAsync("PRAGMA cache_size", cancellationToken), CultureInfo.InvariantCulture) ?? "-2000";
        await ScalarAsync("PRAGMA synchronous = OFF", cancellationToken);
        await ScalarAsync("PRAGMA cache_size = -131072", cancellationToken);
        await ScalarAsync("""CREATE TEMP TABLE IF NOT EXISTS "GeneratedSearch" AS SELECT * FROM "StorySearch" WHERE 0""", cancellationToken);
    }

    // Back to the connection's settings (it returns to the pool), and the write-ahead log, which
    // now holds the whole load, folded into the database and emptied.
    protected override async Task AfterAsync(CancellationToken cancellationToken)
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
        await ScalarAsync("DROP TABLE IF EXISTS temp.\"GeneratedSearch\"", cancellationToken);
        await ScalarAsync($"PRAGMA synchronous = {int.Parse(_synchronous, CultureInfo.InvariantCulture)}", cancellationToken);
        await ScalarAsync($"PRAGMA cache_size = {int.Parse(_cacheSize, CultureInfo.InvariantCulture)}", cancellationToken);
        await ScalarAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
    }

    private SqliteCommand Command(string sql, int parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = (SqliteCommand)Connection.CreateCommand();
            command.Transaction = (SqliteTransaction?)Transaction;
            command.CommandText = sql;
            for (var i = 1; i <= parameters; i++)
            {
                command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
            }

            command.Prepare();
            _commands[sql] = command;
        }

        return command;
    }

    private static Task<int> RunAsync(DbCommand command, CancellationToken cancellationToken, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
