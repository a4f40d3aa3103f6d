using System.Linq.Expressions;
using Byline.Api.Content.Nql;

namespace Byline.Api.Content.Filtering;

// Builds the predicate of one field for one comparison: entity => bool.
public delegate Expression FieldFilter(Expression entity, NqlComparison comparison, DateTime nowUtc);

// The fields a resource can be filtered by, and the translation of a parsed filter into a LINQ
// predicate EF Core turns into SQL. Values travel as parameters (see Parameter), never as SQL text;
// a field outside the list is refused with a message naming the ones that exist.
public sealed class FilterSchema<T>(string resource, IReadOnlyDictionary<string, FieldFilter> fields)
{
    public IEnumerable<string> Fields => fields.Keys;

    public Expression<Func<T, bool>> Translate(NqlNode filter, DateTime nowUtc)
    {
        var entity = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(Build(filter, entity, nowUtc), entity);
    }

    private Expression Build(NqlNode node, ParameterExpression entity, DateTime nowUtc) => node switch
    {
        NqlAnd and => and.Terms.Select(t => Build(t, entity, nowUtc)).Aggregate(Expression.AndAlso),
        NqlOr or => or.Terms.Select(t => Build(t, entity, nowUtc)).Aggregate(Expression.OrElse),
        NqlComparison comparison => fields.TryGetValue(comparison.Field, out var field)
            ? field(entity, comparison, nowUtc)
            : throw new NqlException($"{resource} cannot be filtered by '{comparison.Field}'; the fields are: {string.Join(", ", fields.Keys)}"),
        _ => throw new NqlException("unsupported filter"),
    };
}

// Field builders for one entity type, so a schema reads as a table of field => expression.
public static class Field
{
    public static FieldFilter Text<T>(Expression<Func<T, string?>> selector, bool slug = false) =>
        (entity, comparison, _) => ValuePredicates.Text(Body(selector, entity), comparison, slug);

    public static FieldFilter Date<T>(Expression<Func<T, DateTime?>> selector) =>
        (entity, comparison, now) => ValuePredicates.Date(Body(selector, entity), comparison, now);

    public static FieldFilter Id<T>(Expression<Func<T, int>> selector, GhostIdKind kind) =>
        (entity, comparison, _) => ValuePredicates.Id(Body(selector, entity), comparison, kind);

    public static FieldFilter Uuid<T>(Expression<Func<T, Guid>> selector) =>
        (entity, comparison, _) => ValuePredicates.Uuid(Body(selector, entity), comparison);

    // A value every row has (visibility "public", featured false): still filterable, as in Ghost.
    public static FieldFilter Constant(string value) =>
        (_, comparison, _) => ValuePredicates.Text(Expression.Constant(value, typeof(string)), comparison, slug: true);

    public static FieldFilter Constant(bool value) =>
        (_, comparison, _) => ValuePredicates.Boolean(Expression.Constant(value), comparison);

    // A to-many relation (tags, authors): the template says where slugs are, with Match.Slug marking
    // each; "tag:-news" means "has no tag news", not "has a tag other than news".
    public static FieldFilter Relation<T>(Expression<Func<T, bool>> template) =>
        (entity, comparison, now) =>
        {
            var positive = comparison with { Operator = Positive(comparison.Operator) };
            var any = Match.Replace(Body(template, entity), slug => ValuePredicates.Text(slug, positive, slug: true));
            return positive.Operator == comparison.Operator ? any : Expression.Not(any);
        };

    private static NqlOperator Positive(NqlOperator op) => op switch
    {
        NqlOperator.NotEqual => NqlOperator.Equal,
        NqlOperator.NotIn => NqlOperator.In,
        NqlOperator.NotContains => NqlOperator.Contains,
        NqlOperator.NotStartsWith => NqlOperator.StartsWith,
        NqlOperator.NotEndsWith => NqlOperator.EndsWith,
        _ => op,
    };

    private static Expression Body(LambdaExpression selector, Expression entity) =>
        new Rebind(selector.Parameters[0], entity).Visit(selector.Body);

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
