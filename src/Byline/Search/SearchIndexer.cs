namespace Byline.Search;

// Writes the search rows of the given stories from what is now in the database: a row for each
// published story, none for any other. It runs inside the transaction of the save that changed
// them (see BylineDb.SaveChangesAsync), so a story and its search row never disagree. Rows are
// written with plain SQL, not tracked, so the caller's change tracker is left as it was.
public static class SearchIndexer
{
    private const int Batch = 200;

    public static async Task RefreshAsync(BylineDb db, IReadOnlyCollection<int> storyIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in storyIds.Distinct().Chunk(Batch))
        {
            var stories = await db.Stories.AsNoTracking()
                .Where(s => chunk.Contains(s.Id) && s.Status == StoryStatus.Published)
                .Select(s => new
                {
                    s.Id,
                    s.Headline,
                    s.Dek,
                    s.BodyHtml,
                    Authors = s.Authors.OrderBy(a => a.Position).Select(a => a.Author!.Name).ToList(),
                    Tags = s.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                })
                .ToListAsync(cancellationToken);

            var documents = stories.ConvertAll(s => Document(s.Id, s.Headline, s.Dek, s.BodyHtml, s.Authors, s.Tags));
            await UpsertAsync(db, documents, cancellationToken);

            var live = documents.ConvertAll(d => d.StoryId);
            var gone = chunk.Where(id => !live.Contains(id)).ToList();
            if (gone.Count > 0)
            {
                await db.SearchDocuments.Where(d => gone.Contains(d.StoryId)).ExecuteDeleteAsync(cancellationToken);
            }
        }
    }

    // The search row of one story: authors in byline order, tags by name. The bulk generator makes
    // its rows here too, so generated stories are indexed exactly as saved ones are.
    public static SearchDocument Document(int storyId, string headline, string? dek, string bodyHtml, IEnumerable<string> authors, IEnumerable<string> tags) => new()
    {
        StoryId = storyId,
        Headline = SearchText.Clean(headline),
        Dek = SearchText.Clean(dek),
        Body = SearchText.FromHtml(bodyHtml),
        Authors = SearchText.Clean(string.Join(", ", authors)),
        Tags = SearchText.Clean(string.Join(", ", tags)),
    };

    // Published stories with no search row: after the Search migration on an existing database,
    // or after a bulk update that went around SaveChanges. Runs where migrations run, so one node does it.
    public static async Task CatchUpAsync(BylineDb db, CancellationToken cancellationToken)
    {
        // The two lists of ids are read from indexes (a search row holds a story's whole text, and
        // an anti-join looked up every row of one table in the other: over a second at start at
        // 100,000 stories) and compared here. The search rows are read first: a story published in
        // between is then only refreshed needlessly, never taken out. The delete checks again.
        var indexed = await db.SearchDocuments.Select(d => d.StoryId).ToListAsync(cancellationToken);
        var published = await db.Stories.Where(s => s.Status == StoryStatus.Published).Select(s => s.Id).ToListAsync(cancellationToken);
        var live = published.ToHashSet();
        var orphans = indexed.Where(id => !live.Contains(id)).ToList();
        if (orphans.Count > 0)
        {
            await db.SearchDocuments.Where(d => orphans.Contains(d.StoryId) && !db.Stories.Any(s => s.Id == d.StoryId && s.Status == StoryStatus.Published))
                .ExecuteDeleteAsync(cancellationToken);
        }

        var present = indexed.ToHashSet();
        var missing = published.Where(id => !present.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await RefreshAsync(db, missing, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // These rows were written around SaveChanges, so no eviction was recorded for them: record
        // one, so that searches cached here and on running nodes are answered afresh.
        if (orphans.Count > 0 || missing.Count > 0)
        {
            db.CacheEvictions.Add(new Caching.CacheEviction { Tags = Caching.CacheTags.Search, At = DateTime.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    // One statement per batch. The same upsert reads right on SQLite and PostgreSQL; on SQLite the
    // FTS5 table follows by trigger, on PostgreSQL the tsvector column is generated.
    private static async Task UpsertAsync(BylineDb db, List<SearchDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        var values = new List<object>(documents.Count * 6);
        var rows = new List<string>(documents.Count);
        foreach (var d in documents)
        {
            var n = values.Count;
            rows.Add($"({{{n}}}, {{{n + 1}}}, {{{n + 2}}}, {{{n + 3}}}, {{{n + 4}}}, {{{n + 5}}})");
            values.AddRange([d.StoryId, d.Headline, d.Dek, d.Body, d.Authors, d.Tags]);
        }

        var sql = $"""
            INSERT INTO "StorySearch" ("StoryId", "Headline", "Dek", "Body", "Authors", "Tags")
            VALUES {string.Join(", ", rows)}
            ON CONFLICT ("StoryId") DO UPDATE SET
                "Headline" = excluded."Headline", "Dek" = excluded."Dek", "Body" = excluded."Body",
                "Authors" = excluded."Authors", "Tags" = excluded."Tags"
            """;
        await db.Database.ExecuteSqlRawAsync(sql, values, cancellationToken);
    }
}
