using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Byline.Tests.Api;

// Mints Admin API tokens the way @tryghost/admin-api does, with knobs to make bad ones.
public static class AdminTokens
{
    public static string Mint(string keyId, string secretHex, DateTimeOffset? issued = null, TimeSpan? lifetime = null, string audience = "/admin/", string alg = "HS256")
    {
        var iat = (issued ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var header = Encode(JsonSerializer.SerializeToUtf8Bytes(new { alg, kid = keyId, typ = "JWT" }));
        var payload = Encode(JsonSerializer.SerializeToUtf8Bytes(new { iat, exp = iat + (long)(lifetime ?? TimeSpan.FromMinutes(5)).TotalSeconds, aud = audience }));
        var signature = Encode(HMACSHA256.HashData(Convert.FromHexString(secretHex), Encoding.ASCII.GetBytes(header + "." + payload)));
        return $"{header}.{payload}.{signature}";
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
