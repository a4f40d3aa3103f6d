using Microsoft.AspNetCore.Identity;

namespace Byline.Newsroom.Accounts;

// The signed, expiring links that let someone set a password: an invitation (a week) or a reset
// (two hours). They point at the configured public address, never at the Host header of the
// request that asked, so a forged Host cannot send someone's reset link to another site.
public sealed class AccountLinks(UserManager<NewsroomUser> users, BylineDb db, IConfiguration configuration)
{
    public const string Invite = "invite";
    public const string Reset = "reset";

    public async Task<string> InvitationAsync(NewsroomUser user, CancellationToken cancellationToken) =>
        await LinkAsync(Invite, user, await users.GenerateUserTokenAsync(user, InvitationTokens.ProviderName, InvitationTokens.Purpose), cancellationToken);

    public async Task<string> ResetAsync(NewsroomUser user, CancellationToken cancellationToken) =>
        await LinkAsync(Reset, user, await users.GeneratePasswordResetTokenAsync(user), cancellationToken);

    public Task<bool> IsValidAsync(NewsroomUser user, string purpose, string token) => purpose switch
    {
        Invite => users.VerifyUserTokenAsync(user, InvitationTokens.ProviderName, InvitationTokens.Purpose, token),
        Reset => users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<NewsroomUser>.ResetPasswordTokenPurpose, token),
        _ => Task.FromResult(false),
    };

    public async Task<string> BaseUrlAsync(CancellationToken cancellationToken)
    {
        var configured = configuration["Byline:BaseUrl"];
        var stored = await db.Publication.OrderBy(p => p.Id).Select(p => p.BaseUrl).FirstOrDefaultAsync(cancellationToken);
        return (string.IsNullOrWhiteSpace(configured) ? stored ?? "http://localhost:5080" : configured).TrimEnd('/');
    }

    private async Task<string> LinkAsync(string purpose, NewsroomUser user, string token, CancellationToken cancellationToken) =>
        $"{await BaseUrlAsync(cancellationToken)}/newsroom/password?purpose={purpose}&user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
}
