using System.Linq.Expressions;
using System.Reflection;

namespace Byline.Api.Content.Filtering;

// A placeholder inside relation templates: `s => s.Tags.Any(t => Match.Slug(t.Slug))`. Before the
// query runs, each call is replaced by the comparison the filter asked for, so one template serves
// equality, lists, contains and the rest.
public static class Match
{
    private static readonly MethodInfo SlugMethod = typeof(Match).GetMethod(nameof(Slug))!;

    public static bool Slug(string? slug) => throw new InvalidOperationException($"Match.Slug({slug}) is a placeholder for filters, never called");

    public static Expression Replace(Expression template, Func<Expression, Expression> predicate) =>
        new Replacer(predicate).Visit(template);

    private sealed class Replacer(Func<Expression, Expression> predicate) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == SlugMethod ? predicate(Visit(node.Arguments[0])) : base.VisitMethodCall(node);
    }
}
