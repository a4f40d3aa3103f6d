using Microsoft.AspNetCore.Identity;

namespace Byline.Newsroom.Accounts;

// Refuses passwords that crackers try first (ASVS 6.2.4, 6.2.12): the 30,000 most common leaked
// passwords bundled with the program (common-passwords.txt says where they come from), also with
// digits or symbols tacked on the end ("dragon123456") or repeated ("passwordpassword"), and ones
// built on the person's own e-mail name. Length is the other rule (12, in AccountsSetup); there are
// no composition rules, which only push people to "Password1!".
public sealed class CommonPasswords : IPasswordValidator<NewsroomUser>
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        var stem = lower.TrimEnd("0123456789!@#$%^&*()-_=+.?,;:~'\"`[]{}<>/\\| ".ToCharArray());
        return List.Value.Contains(lower)
            || (stem.Length >= 4 && List.Value.Contains(stem))
            || IsRepeated(lower)
            || lower.Distinct().Count() < 4;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<NewsroomUser> manager, NewsroomUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var mailbox = user.Email?.Split('@')[0].ToLowerInvariant() ?? "";
        if (IsCommon(password) || (mailbox.Length >= 4 && password.Contains(mailbox, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "That password is too easy to guess: it is one of the most common passwords, or built on one, or on your e-mail address. A few unrelated words make a strong one.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    // "abcabcabcabc", "passwordpassword": one common password or short piece said again and again.
    private static bool IsRepeated(string lower)
    {
        for (var size = 1; size <= lower.Length / 2; size++)
        {
            if (lower.Length % size == 0 && string.Concat(Enumerable.Repeat(lower[..size], lower.Length / size)) == lower)
            {
                return size <= 4 || List.Value.Contains(lower[..size]);
            }
        }

        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Byline.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-passwords list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line.ToLowerInvariant());
            }
        }

        return set;
    }
}
