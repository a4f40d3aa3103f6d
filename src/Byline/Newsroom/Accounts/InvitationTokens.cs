using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Byline.Newsroom.Accounts;

// Invitations live longer than password resets (a week against two hours), so they get their own
// signed-token provider. Like Identity's, its tokens carry the security stamp: the first password
// set changes the stamp, and the link is spent.
public sealed class InvitationTokens(IDataProtectionProvider protection, IOptions<InvitationTokenOptions> options, ILogger<DataProtectorTokenProvider<NewsroomUser>> logger)
    : DataProtectorTokenProvider<NewsroomUser>(protection, options, logger)
{
    public const string ProviderName = "Invitation";
    public const string Purpose = "SetFirstPassword";
}

public sealed class InvitationTokenOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenOptions()
    {
        Name = InvitationTokens.ProviderName;
        TokenLifespan = TimeSpan.FromDays(7);
    }
}
