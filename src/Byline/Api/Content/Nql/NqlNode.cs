namespace Byline.Api.Content.Nql;

// The tree a Ghost filter parses into. `tag:news+published_at:>'2025-10-24'` becomes
// And[Comparison(tag = news), Comparison(published_at > '2025-10-24')]. ToString prints a canonical
// form the parser tests compare against.
public abstract record NqlNode;

public sealed record NqlAnd(IReadOnlyList<NqlNode> Terms) : NqlNode
{
    public override string ToString() => "(and " + string.Join(" ", Terms) + ")";
}

public sealed record NqlOr(IReadOnlyList<NqlNode> Terms) : NqlNode
{
    public override string ToString() => "(or " + string.Join(" ", Terms) + ")";
}

public sealed record NqlComparison(string Field, NqlOperator Operator, IReadOnlyList<NqlValue> Values) : NqlNode
{
    public NqlValue Value => Values[0];

    public override string ToString() => Operator is NqlOperator.In or NqlOperator.NotIn
        ? $"{Field} {Symbol(Operator)} [{string.Join(", ", Values)}]"
        : $"{Field} {Symbol(Operator)} {Value}";

    private static string Symbol(NqlOperator op) => op switch
    {
        NqlOperator.Equal => "=",
        NqlOperator.NotEqual => "!=",
        NqlOperator.GreaterThan => ">",
        NqlOperator.GreaterOrEqual => ">=",
        NqlOperator.LessThan => "<",
        NqlOperator.LessOrEqual => "<=",
        NqlOperator.In => "in",
        NqlOperator.NotIn => "not in",
        NqlOperator.Contains => "~",
        NqlOperator.NotContains => "!~",
        NqlOperator.StartsWith => "~^",
        NqlOperator.NotStartsWith => "!~^",
        NqlOperator.EndsWith => "~$",
        _ => "!~$",
    };
}

public enum NqlOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
    In,
    NotIn,
    Contains,
    NotContains,
    StartsWith,
    NotStartsWith,
    EndsWith,
    NotEndsWith,
}

public enum NqlValueKind
{
    Quoted,
    Literal,
    Number,
    True,
    False,
    Null,
    RelativeDate,
}

// Text is the value with escapes removed; for a number it is the digits as written, so an id made
// only of digits ("010000000000000000000007") keeps its leading zeros.
public sealed record NqlValue(NqlValueKind Kind, string Text)
{
    public static NqlValue Null { get; } = new(NqlValueKind.Null, "null");

    public override string ToString() => Kind switch
    {
        NqlValueKind.Quoted => $"'{Text}'",
        NqlValueKind.Literal => Text,
        _ => Text,
    };
}
