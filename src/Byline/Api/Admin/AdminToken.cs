using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Byline.Api.Admin;

// Ghost's Admin API token: a JWT signed with HS256, whose header names the admin key id (`kid`)
// and whose key is the hex-decoded secret. Valid for at most five minutes, for the audience
// "/admin/" (or "/v2/admin/" ... "/v5/admin/" from older clients).
public static class AdminToken
{
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);
    private static readonly HashSet<string> Audiences = ["/admin/", "/v2/admin/", "/v3/admin/", "/v4/admin/", "/v5/admin/", "/canary/admin/"];

    public sealed record Parsed(string KeyId, string SignedPart, byte[] Signature, JsonElement Payload);

    public static Parsed? Parse(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || token.Length > 4096)
        {
            return null;
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url(parts[0]));
            if (header.RootElement.ValueKind != JsonValueKind.Object ||
                !header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "HS256" ||
                !header.RootElement.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var payload = JsonDocument.Parse(Base64Url(parts[1])).RootElement.Clone();
            return payload.ValueKind == JsonValueKind.Object ? new Parsed(kid.GetString()!, parts[0] + "." + parts[1], Base64Url(parts[2]), payload) : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    // Returns why the token is refused, or null when it is good.
    public static string? Check(Parsed token, string secretHex, DateTimeOffset now)
    {
        byte[] secret;
        try
        {
            secret = Convert.FromHexString(secretHex);
        }
        catch (FormatException)
        {
            return "the key's secret is damaged";
        }

        var expected = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(token.SignedPart));
        if (!CryptographicOperations.FixedTimeEquals(expected, token.Signature))
        {
            return "invalid signature";
        }

        if (Seconds(token.Payload, "exp") is not { } exp || Seconds(token.Payload, "iat") is not { } iat)
        {
            return "the token must carry iat and exp";
        }

        if (exp - iat > MaxLifetime || exp < iat)
        {
            return "the token's lifetime may be at most five minutes";
        }

        if (exp < now - Skew || iat > now + Skew)
        {
            return "the token has expired or is not valid yet";
        }

        return Audience(token.Payload).Any(Audiences.Contains) ? null : "the token's audience must be /admin/";
    }

    private static DateTimeOffset? Seconds(JsonElement payload, string name) =>
        payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds)
            && seconds is > 0 and < 100_000_000_000
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static List<string> Audience(JsonElement payload) => payload.TryGetProperty("aud", out var aud)
        ? aud.ValueKind switch
        {
            JsonValueKind.String => [aud.GetString()!],
            JsonValueKind.Array => aud.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!).ToList(),
            _ => [],
        }
        : [];

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException() };
        return Convert.FromBase64String(padded);
    }
}
