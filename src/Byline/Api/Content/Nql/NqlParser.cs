namespace Byline.Api.Content.Nql;

// Recursive descent over NQL's grammar (TryGhost/NQL nql-lang/src/nql.y):
//   expression := and (',' and)*          ',' is OR and binds loosest
//   and        := term ('+' term)*        '+' is AND
//   term       := '(' expression ')' | property value
//   value      := ['-'] ('~' | '~^' | '~$') VALUE | ['-'] '[' VALUE (',' VALUE)* ']'
//               | ('-' | '>' | '>=' | '<' | '<=') VALUE | VALUE
// Limits on length, nesting and size keep a hostile filter from building a huge query.
public sealed class NqlParser
{
    public const int MaxLength = 4000;
    public const int MaxDepth = 16;
    public const int MaxComparisons = 64;
    public const int MaxListValues = 100;

    private readonly List<NqlToken> _tokens;
    private int _next;
    private int _comparisons;

    private NqlParser(List<NqlToken> tokens) => _tokens = tokens;

    public static NqlNode Parse(string filter)
    {
        if (filter.Length > MaxLength)
        {
            throw new NqlException($"the filter is longer than {MaxLength} characters");
        }

        var parser = new NqlParser(NqlLexer.Tokenize(filter));
        var node = parser.Expression(0);
        parser.Expect(NqlTokenKind.End, "end of filter");
        return node;
    }

    private NqlToken Peek => _tokens[_next];

    private NqlNode Expression(int depth)
    {
        var terms = new List<NqlNode> { And(depth) };
        while (Peek.Kind == NqlTokenKind.Or)
        {
            _next++;
            terms.Add(And(depth));
        }

        return terms.Count == 1 ? terms[0] : new NqlOr(terms);
    }

    private NqlNode And(int depth)
    {
        var terms = new List<NqlNode> { Term(depth) };
        while (Peek.Kind == NqlTokenKind.And)
        {
            _next++;
            terms.Add(Term(depth));
        }

        return terms.Count == 1 ? terms[0] : new NqlAnd(terms);
    }

    private NqlNode Term(int depth)
    {
        if (Peek.Kind == NqlTokenKind.LeftParen)
        {
            if (depth >= MaxDepth)
            {
                throw new NqlException($"parentheses nest deeper than {MaxDepth} at char {Peek.Position}");
            }

            _next++;
            var inner = Expression(depth + 1);
            Expect(NqlTokenKind.RightParen, "')'");
            return inner;
        }

        var property = Expect(NqlTokenKind.Property, "a property such as tag:");
        if (++_comparisons > MaxComparisons)
        {
            throw new NqlException($"the filter has more than {MaxComparisons} conditions");
        }

        return Comparison(property.Text);
    }

    private NqlComparison Comparison(string field)
    {
        var negated = Peek.Kind == NqlTokenKind.Not;
        if (negated)
        {
            _next++;
        }

        switch (Peek.Kind)
        {
            case NqlTokenKind.LeftBracket:
                _next++;
                var values = new List<NqlValue> { Value() };
                while (Peek.Kind == NqlTokenKind.Or)
                {
                    _next++;
                    values.Add(Value());
                    if (values.Count > MaxListValues)
                    {
                        throw new NqlException($"a list has more than {MaxListValues} values at char {Peek.Position}");
                    }
                }

                Expect(NqlTokenKind.RightBracket, "']'");
                return new NqlComparison(field, negated ? NqlOperator.NotIn : NqlOperator.In, values);
            case NqlTokenKind.Contains or NqlTokenKind.StartsWith or NqlTokenKind.EndsWith:
                var kind = _tokens[_next++].Kind;
                var op = (kind, negated) switch
                {
                    (NqlTokenKind.Contains, false) => NqlOperator.Contains,
                    (NqlTokenKind.Contains, true) => NqlOperator.NotContains,
                    (NqlTokenKind.StartsWith, false) => NqlOperator.StartsWith,
                    (NqlTokenKind.StartsWith, true) => NqlOperator.NotStartsWith,
                    (_, false) => NqlOperator.EndsWith,
                    _ => NqlOperator.NotEndsWith,
                };
                return new NqlComparison(field, op, [Value()]);
        }

        if (negated)
        {
            return new NqlComparison(field, NqlOperator.NotEqual, [Value()]);
        }

        NqlOperator? comparison = Peek.Kind switch
        {
            NqlTokenKind.GreaterThan => NqlOperator.GreaterThan,
            NqlTokenKind.GreaterOrEqual => NqlOperator.GreaterOrEqual,
            NqlTokenKind.LessThan => NqlOperator.LessThan,
            NqlTokenKind.LessOrEqual => NqlOperator.LessOrEqual,
            _ => null,
        };
        if (comparison is { } compare)
        {
            _next++;
            return new NqlComparison(field, compare, [Value()]);
        }

        return new NqlComparison(field, NqlOperator.Equal, [Value()]);
    }

    private NqlValue Value() => Expect(NqlTokenKind.Value, "a value").Value!;

    private NqlToken Expect(NqlTokenKind kind, string what)
    {
        var token = Peek;
        if (token.Kind != kind)
        {
            throw new NqlException(token.Kind == NqlTokenKind.End
                ? $"expected {what} at char {token.Position}, but the filter ended"
                : $"unexpected character in filter at char {token.Position}: expected {what}");
        }

        _next++;
        return token;
    }
}
