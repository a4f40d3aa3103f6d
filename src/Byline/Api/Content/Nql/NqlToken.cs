namespace Byline.Api.Content.Nql;

public enum NqlTokenKind
{
    LeftParen,
    RightParen,
    LeftBracket,
    RightBracket,
    Or,
    And,
    Not,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
    Contains,
    StartsWith,
    EndsWith,
    Property,
    Value,
    End,
}

// Position is the 1-based character where the token starts, as Ghost counts in its messages.
public sealed record NqlToken(NqlTokenKind Kind, int Position, string Text = "", NqlValue? Value = null);
