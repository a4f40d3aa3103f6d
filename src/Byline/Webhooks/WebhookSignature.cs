using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Byline.Webhooks;

// Two signatures on every delivery, both HMAC-SHA256 with the subscription's secret:
//   X-Byline-Signature: sha256=<hex of HMAC(body)>
//   X-Ghost-Signature:  sha256=<hex of HMAC(body + timestamp)>, t=<timestamp in ms>   (Ghost's format)
public static class WebhookSignature
{
    public static string Byline(string secret, string body) => "sha256=" + Hex(secret, body);

    public static string Ghost(string secret, string body, long timestamp) =>
        $"sha256={Hex(secret, body + timestamp.ToString(CultureInfo.InvariantCulture))}, t={timestamp.ToString(CultureInfo.InvariantCulture)}";

    private static string Hex(string secret, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));
}
