using System.Text;

namespace Byline.Api.Content.Nql;

// Splits a filter into tokens by the rules of Ghost's NQL lexer (TryGhost/NQL nql-lang/src/nql.l):
// `name:` is a property, 'quoted' and bare words are values, `\` escapes the operator characters,
// numbers that run into a letter or a dash ("5b7a...", "2025-10-24") stay words.
public static class NqlLexer
{
    private const string Operators = "'\"+,()><=[]";
    private const string Escapable = "'\"+,()><=[]\\";

    public static List<NqlToken> Tokenize(string filter)
    {
        var tokens = new List<NqlToken>();
        var i = 0;
        while (i < filter.Length)
        {
            var c = filter[i];
            var at = i + 1;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            NqlToken? symbol = c switch
            {
                '(' => new(NqlTokenKind.LeftParen, at),
                ')' => new(NqlTokenKind.RightParen, at),
                '[' => new(NqlTokenKind.LeftBracket, at),
                ']' => new(NqlTokenKind.RightBracket, at),
                ',' => new(NqlTokenKind.Or, at),
                '+' => new(NqlTokenKind.And, at),
                '-' => new(NqlTokenKind.Not, at),
                '>' when Next(filter, i) == '=' => new(NqlTokenKind.GreaterOrEqual, at, ">="),
                '<' when Next(filter, i) == '=' => new(NqlTokenKind.LessOrEqual, at, "<="),
                '>' => new(NqlTokenKind.GreaterThan, at),
                '<' => new(NqlTokenKind.LessThan, at),
                '~' when Next(filter, i) == '^' => new(NqlTokenKind.StartsWith, at, "~^"),
                '~' when Next(filter, i) == '$' => new(NqlTokenKind.EndsWith, at, "~$"),
                '~' => new(NqlTokenKind.Contains, at),
                _ => null,
            };
            if (symbol is not null)
            {
                tokens.Add(symbol);
                i += Math.Max(1, symbol.Text.Length);
                continue;
            }

            if (c == '\'')
            {
                i = ReadString(filter, i, tokens);
            }
            else if (c is '"' or '=')
            {
                throw new NqlException($"unrecognized text \"{c}\" in filter at char {at}");
            }
            else if (TryReadProperty(filter, i, out var property))
            {
                tokens.Add(new NqlToken(NqlTokenKind.Property, at, property));
                i += property.Length + 1;
            }
            else
            {
                i = ReadWord(filter, i, tokens);
            }
        }

        tokens.Add(new NqlToken(NqlTokenKind.End, filter.Length + 1));
        return tokens;
    }

    private static char Next(string s, int i) => i + 1 < s.Length ? s[i + 1] : '\0';

    private static bool TryReadProperty(string s, int start, out string name)
    {
        name = "";
        if (!(char.IsAsciiLetter(s[start]) || s[start] == '_'))
        {
            return false;
        }

        var end = start + 1;
        while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || s[end] is '_' or '.'))
        {
            end++;
        }

        if (end >= s.Length || s[end] != ':')
        {
            return false;
        }

        name = s[start..end];
        return true;
    }

    private static int ReadString(string s, int start, List<NqlToken> tokens)
    {
        var text = new StringBuilder();
        for (var i = start + 1; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && Escapable.Contains(s[i + 1], StringComparison.Ordinal))
            {
                text.Append(s[++i]);
            }
            else if (s[i] == '\'')
            {
                tokens.Add(new NqlToken(NqlTokenKind.Value, start + 1, Value: new NqlValue(NqlValueKind.Quoted, text.ToString())));
                return i + 1;
            }
            else
            {
                text.Append(s[i]);
            }
        }

        throw new NqlException($"unterminated string starting at char {start + 1}");
    }

    // A bare word runs until whitespace or an operator character; escaped operators belong to it.
    private static int ReadWord(string s, int start, List<NqlToken> tokens)
    {
        var text = new StringBuilder();
        var escaped = false;
        var i = start;
        for (; i < s.Length && !char.IsWhiteSpace(s[i]); i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && Escapable.Contains(s[i + 1], StringComparison.Ordinal))
            {
                text.Append(s[++i]);
                escaped = true;
            }
            else if (Operators.Contains(s[i], StringComparison.Ordinal))
            {
                break;
            }
            else
            {
                text.Append(s[i]);
            }
        }

        var word = text.ToString();
        tokens.Add(new NqlToken(NqlTokenKind.Value, start + 1, Value: escaped ? new NqlValue(NqlValueKind.Literal, word) : Classify(word)));
        return i;
    }

    private static NqlValue Classify(string word) => word switch
    {
        "null" or "NULL" or "Null" => NqlValue.Null,
        "true" or "TRUE" or "True" => new NqlValue(NqlValueKind.True, "true"),
        "false" or "FALSE" or "False" => new NqlValue(NqlValueKind.False, "false"),
        _ when IsNumber(word) => new NqlValue(NqlValueKind.Number, word),
        _ when RelativeDates.IsRelative(word) => new NqlValue(NqlValueKind.RelativeDate, word),
        _ => new NqlValue(NqlValueKind.Literal, word),
    };

    private static bool IsNumber(string word)
    {
        var dot = word.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? word : word[..dot];
        var fraction = dot < 0 ? "1" : word[(dot + 1)..];
        return whole.Length > 0 && fraction.Length > 0 && whole.All(char.IsAsciiDigit) && fraction.All(char.IsAsciiDigit);
    }
}
