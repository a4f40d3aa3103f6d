using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Byline.Media;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Byline.Site;

// The story page's reads, in plain ADO.NET: a story page that is not in the page cache is the
// read a breaking story sends thousands of readers to at once, and EF's per-query work (building
// a context, looking up the compiled query, preparing each statement afresh, and on SQLite
// registering its functions on every open) cost more than the reads themselves.
//
// Two commands: the story with its section by slug, then its bylines, tags and corrections by id
// in one batch; a third reads the featured image's library entry when it has one. On SQLite the
// connections stay open with their statements prepared, a few at a time for concurrent requests;
// each statement still sees the latest committed data. On PostgreSQL Npgsql's pool keeps the
// connections.
//
// The SQL names the tables and columns EF maps (Data/ModelConfiguration.cs and the entity
// configurations beside their classes). StoryReadsTests holds its answer against EF's on both
// providers, so a renamed column fails there.
public sealed class StoryReads : IDisposable
{
    public const string MeterName = "Byline.Data";
    public const string CommandsInstrument = "byline.db.commands";

    private const string StorySql = """
        SELECT s."Id", s."Headline", s."Slug", s."Dek", s."Dateline", s."BodyHtml", s."SectionId",
               s."FeaturedImage_Url", s."FeaturedImage_Alt", s."FeaturedImage_Caption", s."FeaturedImage_Credit",
               s."Status", s."CreatedAt", s."PublishedAt", s."UpdatedAt", s."SeoTitle", s."SeoDescription", s."CanonicalUrl",
               c."Name", c."Slug"
        FROM "Stories" AS s LEFT JOIN "Sections" AS c ON c."Id" = s."SectionId"
        WHERE s."Slug" = @slug
        """;

    private const string DetailsSql = """
        SELECT a."Id", a."Name", a."Slug", a."JobTitle", a."Bio", a."PhotoUrl", a."Website", a."SocialLinks"
        FROM "StoryAuthors" AS b JOIN "Authors" AS a ON a."Id" = b."AuthorId"
        WHERE b."StoryId" = @id ORDER BY b."Position";
        SELECT t."Id", t."Name", t."Slug"
        FROM "StoryTags" AS x JOIN "Tags" AS t ON t."Id" = x."TagsId"
        WHERE x."StoriesId" = @id;
        SELECT "Id", "Kind", "At", "Text" FROM "Corrections" WHERE "StoryId" = @id;
        """;

    private const string AssetSql = """
        SELECT "Url", "Alt", "Caption", "Credit", "Width", "Height", "Variants"
        FROM "MediaAssets" WHERE "Url" = @url
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly DbProviderFactory _factory;
    private readonly string _connectionString;
    private readonly bool _keepSessions;
    private readonly int _maxKept = Math.Max(4, Environment.ProcessorCount * 4);
    private readonly ConcurrentQueue<Session> _kept = new();
    private readonly Counter<long> _commands;
    private int _keptCount;
    private bool _disposed;

    public StoryReads(IConfiguration configuration, IMeterFactory meters)
    {
        var (provider, connectionString) = DataSetup.ResolveConnection(configuration);
        _factory = provider == DatabaseProvider.Postgres ? NpgsqlFactory.Instance : SqliteFactory.Instance;
        _connectionString = connectionString;
        _keepSessions = provider == DatabaseProvider.Sqlite;
        _commands = meters.Create(MeterName).CreateCounter<long>(CommandsInstrument, description: "SQL statements run by Byline's own reads, outside EF");
    }

    // The story at this slug, whatever its status (the caller decides whether it is live), with its
    // section, bylines in order, tags and corrections; null when no story has the slug.
    public Task<Story?> FindAsync(string slug, CancellationToken cancellationToken) =>
        WithSessionAsync(async session =>
        {
            var story = await ReadStoryAsync(session, slug, cancellationToken);
            if (story is not null)
            {
                await ReadDetailsAsync(session, story, cancellationToken);
            }

            return story;
        }, cancellationToken);

    // The media library's entry for a local image address, if there is one.
    public Task<LibraryImage?> FindImageAsync(string url, CancellationToken cancellationToken) =>
        WithSessionAsync(async session =>
        {
            session.Asset.Parameters[0].Value = url;
            _commands.Add(1);
            await using var reader = await session.Asset.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? new LibraryImage(
                    reader.GetString(0),
                    reader.GetString(1),
                    Text(reader, 2),
                    Text(reader, 3),
                    reader.GetInt32(4),
                    reader.GetInt32(5),
                    JsonSerializer.Deserialize<List<MediaVariant>>(reader.GetString(6), Json) ?? [])
                : null;
        }, cancellationToken);

    // A session that failed part-way is closed rather than kept: its connection may be broken.
    private async Task<T> WithSessionAsync<T>(Func<Session, Task<T>> read, CancellationToken cancellationToken)
    {
        var session = await RentAsync(cancellationToken);
        var healthy = false;
        try
        {
            var result = await read(session);
            healthy = true;
            return result;
        }
        finally
        {
            Return(session, healthy);
        }
    }

    private async Task<Story?> ReadStoryAsync(Session session, string slug, CancellationToken cancellationToken)
    {
        session.Story.Parameters[0].Value = slug;
        _commands.Add(1);
        await using var reader = await session.Story.ExecuteReaderAsync(CommandBehavior.SingleRow, cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var sectionId = reader.IsDBNull(6) ? (int?)null : reader.GetInt32(6);
        return new Story
        {
            Id = reader.GetInt32(0),
            Headline = reader.GetString(1),
            Slug = reader.GetString(2),
            Dek = Text(reader, 3),
            Dateline = Text(reader, 4),
            BodyHtml = reader.GetString(5),
            SectionId = sectionId,
            FeaturedImage = reader.IsDBNull(7) ? null : new FeaturedImage
            {
                Url = reader.GetString(7),
                Alt = Text(reader, 8) ?? "",
                Caption = Text(reader, 9),
                Credit = Text(reader, 10),
            },
            Status = (StoryStatus)reader.GetInt32(11),
            CreatedAt = Utc(reader.GetDateTime(12)),
            PublishedAt = reader.IsDBNull(13) ? null : Utc(reader.GetDateTime(13)),
            UpdatedAt = Utc(reader.GetDateTime(14)),
            SeoTitle = Text(reader, 15),
            SeoDescription = Text(reader, 16),
            CanonicalUrl = Text(reader, 17),
            Section = sectionId is { } id && !reader.IsDBNull(18)
                ? new Section { Id = id, Name = reader.GetString(18), Slug = reader.GetString(19) }
                : null,
        };
    }

    private async Task ReadDetailsAsync(Session session, Story story, CancellationToken cancellationToken)
    {
        session.Details.Parameters[0].Value = story.Id;
        _commands.Add(3);
        await using var reader = await session.Details.ExecuteReaderAsync(cancellationToken);
        var position = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var author = new Author
            {
                Id = reader.GetInt32(0),
                Name = reader.GetString(1),
                Slug = reader.GetString(2),
                JobTitle = Text(reader, 3),
                Bio = Text(reader, 4),
                PhotoUrl = Text(reader, 5),
                Website = Text(reader, 6),
                SocialLinks = Text(reader, 7) is { } links ? JsonSerializer.Deserialize<List<SocialLink>>(links, Json) ?? [] : [],
            };
            story.Authors.Add(new StoryAuthor { StoryId = story.Id, AuthorId = author.Id, Author = author, Position = position++ });
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            story.Tags.Add(new Tag { Id = reader.GetInt32(0), Name = reader.GetString(1), Slug = reader.GetString(2) });
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            story.Corrections.Add(new Correction
            {
                Id = reader.GetInt32(0),
                StoryId = story.Id,
                Kind = (CorrectionKind)reader.GetInt32(1),
                At = Utc(reader.GetDateTime(2)),
                Text = reader.GetString(3),
            });
        }
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private async ValueTask<Session> RentAsync(CancellationToken cancellationToken)
    {
        if (_kept.TryDequeue(out var kept))
        {
            Interlocked.Decrement(ref _keptCount);
            return kept;
        }

        var connection = _factory.CreateConnection()!;
        connection.ConnectionString = _connectionString;
        try
        {
            await connection.OpenAsync(cancellationToken);
            return new Session(connection, _keepSessions);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void Return(Session session, bool healthy)
    {
        if (healthy && _keepSessions && !Volatile.Read(ref _disposed))
        {
            if (Interlocked.Increment(ref _keptCount) <= _maxKept)
            {
                _kept.Enqueue(session);
                if (Volatile.Read(ref _disposed))
                {
                    Dispose();
                }

                return;
            }

            Interlocked.Decrement(ref _keptCount);
        }

        session.Dispose();
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        while (_kept.TryDequeue(out var session))
        {
            session.Dispose();
        }
    }

    private sealed class Session : IDisposable
    {
        private readonly DbConnection _connection;

        public Session(DbConnection connection, bool prepare)
        {
            _connection = connection;
            Story = Command(StorySql, "@slug", DbType.String);
            Details = Command(DetailsSql, "@id", DbType.Int32);
            Asset = Command(AssetSql, "@url", DbType.String);
            if (prepare)
            {
                Story.Prepare();
                Details.Prepare();
                Asset.Prepare();
            }
        }

        public DbCommand Story { get; }

        public DbCommand Details { get; }

        public DbCommand Asset { get; }

        private DbCommand Command(string sql, string parameter, DbType type)
        {
            var command = _connection.CreateCommand();
            command.CommandText = sql;
            var p = command.CreateParameter();
            p.ParameterName = parameter;
            p.DbType = type;
            command.Parameters.Add(p);
            return command;
        }

        public void Dispose()
        {
            Story.Dispose();
            Details.Dispose();
            Asset.Dispose();
            _connection.Dispose();
        }
    }
}

// What the story page needs of a media library entry: its description and its sizes.
public sealed record LibraryImage(string Url, string Alt, string? Caption, string? Credit, int Width, int Height, IReadOnlyList<MediaVariant> Variants);
