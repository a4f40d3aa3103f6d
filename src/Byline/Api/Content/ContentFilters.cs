using System.Linq.Expressions;
using Byline.Api.Content.Filtering;
using Byline.Api.Content.Nql;

namespace Byline.Api.Content;

// The glue between a parsed filter or a path id and the error shapes Ghost answers with.
public static class ContentFilters
{
    public static Expression<Func<T, bool>> Translate<T>(FilterSchema<T> schema, NqlNode filter, DateTime now)
    {
        try
        {
            return schema.Translate(filter, now);
        }
        catch (NqlException ex)
        {
            throw GhostApiException.BadRequest("Error parsing filter", ex.Message);
        }
    }

    // Ghost refuses an id that is not 24 hex characters with a ValidationError; a well-formed id of
    // another kind (a tag's id asked of /posts) is simply not found.
    public static int IdNumber(string id, GhostIdKind kind)
    {
        RequireWellFormed(id);
        return GhostIds.NumberOf(id, kind);
    }

    public static void RequireWellFormed(string id)
    {
        if (!GhostIds.IsWellFormed(id))
        {
            throw GhostApiException.Validation("matches", "id");
        }
    }
}
