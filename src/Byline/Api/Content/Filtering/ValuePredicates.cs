using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Byline.Api.Content.Nql;

namespace Byline.Api.Content.Filtering;

// One comparison on one column, as an expression. Text compares exactly (slugs after lower-casing
// the value, since slugs are stored lower-case); ~, ~^ and ~$ ignore case on both sides, like
// Ghost on MySQL. Dates take ISO forms ('2025-10-24', '2025-10-24 10:00:00', with or without an
// offset, read as UTC when none) and now-30d.
public static class ValuePredicates
{
    private static readonly MethodInfo CompareMethod = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo ToLowerMethod = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo ContainsMethod = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StartsWithMethod = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo EndsWithMethod = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
         "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFF"];

    public static Expression Text(Expression target, NqlComparison c, bool slug)
    {
        string? Value(NqlValue v) => v.Kind == NqlValueKind.Null ? null : slug ? v.Text.ToLowerInvariant() : v.Text;
        switch (c.Operator)
        {
            case NqlOperator.In or NqlOperator.NotIn:
                return InList(target, c, c.Values.Where(v => v.Kind != NqlValueKind.Null).Select(v => Value(v)!).ToList(), typeof(string));
            case NqlOperator.Contains or NqlOperator.StartsWith or NqlOperator.EndsWith
                or NqlOperator.NotContains or NqlOperator.NotStartsWith or NqlOperator.NotEndsWith:
                var method = c.Operator is NqlOperator.Contains or NqlOperator.NotContains ? ContainsMethod
                    : c.Operator is NqlOperator.StartsWith or NqlOperator.NotStartsWith ? StartsWithMethod : EndsWithMethod;
                var needle = Parameter(c.Value.Text.ToLowerInvariant());
                var found = Expression.AndAlso(
                    Expression.NotEqual(target, Expression.Constant(null, typeof(string))),
                    Expression.Call(Expression.Call(target, ToLowerMethod), method, needle));
                return c.Operator is NqlOperator.Contains or NqlOperator.StartsWith or NqlOperator.EndsWith ? found : Expression.Not(found);
        }

        var value = Value(c.Value);
        if (value is null || c.Operator is NqlOperator.Equal or NqlOperator.NotEqual)
        {
            return Compare(target, Parameter(value), c);
        }

        var order = Expression.Call(CompareMethod, target, Parameter(value));
        return Compare(order, Expression.Constant(0), c);
    }

    public static Expression Date(Expression target, NqlComparison c, DateTime nowUtc)
    {
        var nullable = target.Type == typeof(DateTime?) ? target : Expression.Convert(target, typeof(DateTime?));
        DateTime? Value(NqlValue v) => v.Kind switch
        {
            NqlValueKind.Null => null,
            NqlValueKind.RelativeDate => RelativeDates.Resolve(v.Text, nowUtc),
            NqlValueKind.Quoted or NqlValueKind.Literal when DateTimeOffset.TryParseExact(v.Text.Trim(), DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) => parsed.UtcDateTime,
            _ => throw new NqlException($"{c.Field} takes a date such as '2025-10-24' or '2025-10-24 10:00:00', not {v}"),
        };
        return c.Operator switch
        {
            NqlOperator.In or NqlOperator.NotIn => InList(nullable, c, c.Values.Select(Value).Where(d => d is not null).ToList(), typeof(DateTime?)),
            NqlOperator.Contains or NqlOperator.NotContains or NqlOperator.StartsWith or NqlOperator.NotStartsWith
                or NqlOperator.EndsWith or NqlOperator.NotEndsWith => throw new NqlException($"{c.Field} is a date and cannot be searched with ~"),
            _ => Compare(nullable, Parameter(Value(c.Value)), c),
        };
    }

    public static Expression Boolean(Expression target, NqlComparison c)
    {
        bool Value(NqlValue v) => v.Kind switch
        {
            NqlValueKind.True => true,
            NqlValueKind.False => false,
            NqlValueKind.Quoted or NqlValueKind.Literal when bool.TryParse(v.Text, out var b) => b,
            _ => throw new NqlException($"{c.Field} takes true or false, not {v}"),
        };
        return c.Operator switch
        {
            NqlOperator.Equal or NqlOperator.NotEqual => Compare(target, Parameter(Value(c.Value)), c),
            NqlOperator.In or NqlOperator.NotIn => InList(target, c, c.Values.Select(Value).ToList(), typeof(bool)),
            _ => throw new NqlException($"{c.Field} takes true or false and can only be compared with : - [ ]"),
        };
    }

    public static Expression Id(Expression target, NqlComparison c, GhostIdKind kind) => c.Operator switch
    {
        NqlOperator.In or NqlOperator.NotIn => InList(target, c, c.Values.Select(v => GhostIds.NumberOf(v.Text, kind)).ToList(), typeof(int)),
        NqlOperator.Equal or NqlOperator.NotEqual or NqlOperator.GreaterThan or NqlOperator.GreaterOrEqual
            or NqlOperator.LessThan or NqlOperator.LessOrEqual => Compare(target, Parameter(GhostIds.NumberOf(c.Value.Text, kind)), c),
        _ => throw new NqlException($"{c.Field} is an id and cannot be searched with ~"),
    };

    public static Expression Uuid(Expression target, NqlComparison c)
    {
        static Guid Value(NqlValue v) => Guid.TryParse(v.Text, out var g) ? g : Guid.Empty;
        return c.Operator switch
        {
            NqlOperator.In or NqlOperator.NotIn => InList(target, c, c.Values.Select(Value).ToList(), typeof(Guid)),
            NqlOperator.Equal or NqlOperator.NotEqual => Compare(target, Parameter(Value(c.Value)), c),
            _ => throw new NqlException($"{c.Field} can only be compared with : - [ ]"),
        };
    }

    private static BinaryExpression Compare(Expression left, Expression right, NqlComparison c) => c.Operator switch
    {
        NqlOperator.Equal => Expression.Equal(left, right),
        NqlOperator.NotEqual => Expression.NotEqual(left, right),
        NqlOperator.GreaterThan => Expression.GreaterThan(left, right),
        NqlOperator.GreaterOrEqual => Expression.GreaterThanOrEqual(left, right),
        NqlOperator.LessThan => Expression.LessThan(left, right),
        _ => Expression.LessThanOrEqual(left, right),
    };

    // field:[a,b] is `list.Contains(field)` over a parameter list; null in the list also matches
    // a missing value.
    private static Expression InList<TValue>(Expression target, NqlComparison c, List<TValue> values, Type itemType)
    {
        var contains = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(itemType);
        var list = values.Count == 0 ? new List<TValue>() : values;
        Expression inList = Expression.Call(contains, Parameter<IEnumerable<TValue>>(list), Expression.Convert(target, itemType));
        if (c.Values.Any(v => v.Kind == NqlValueKind.Null) && (!target.Type.IsValueType || Nullable.GetUnderlyingType(target.Type) is not null))
        {
            inList = Expression.OrElse(inList, Expression.Equal(target, Expression.Constant(null, target.Type)));
        }

        return c.Operator == NqlOperator.NotIn ? Expression.Not(inList) : inList;
    }

    // A member of a captured object is what EF Core sends as a query parameter; a bare constant
    // would be inlined into the SQL text.
    private static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
