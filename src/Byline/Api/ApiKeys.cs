using System.Security.Cryptography;
using System.Text;

namespace Byline.Api;

// Making and checking integration keys. Keys come from the operating system's CSPRNG, and a
// presented key is compared with every active key in constant time, so neither the answer's timing
// nor an early exit tells an attacker how much of a guess was right.
public static class ApiKeys
{
    public static ApiKey Generate(string name, DateTime nowUtc) => new()
    {
        Name = name,
        ContentKey = RandomNumberGenerator.GetHexString(26, lowercase: true),
        AdminKeyId = RandomNumberGenerator.GetHexString(24, lowercase: true),
        AdminSecret = RandomNumberGenerator.GetHexString(64, lowercase: true),
        CreatedAt = nowUtc,
    };

    public static bool Matches(IEnumerable<string> activeKeys, string presented)
    {
        var presentedBytes = Encoding.UTF8.GetBytes(presented);
        var found = false;
        foreach (var key in activeKeys)
        {
            found |= CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), presentedBytes);
        }

        return found;
    }
}
