using Microsoft.AspNetCore.Identity;

namespace Byline.Newsroom.Accounts;

// A person who works in the newsroom. Identity keeps the login (e-mail, password hash, lockout,
// security stamp, authenticator key); Byline adds the name, the owner flag, the disabled state and
// an optional link to the Author profile that is their public byline.
public class NewsroomUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    // The person who set the site up. There is at most one (a filtered unique index says so, which
    // also settles two first-run forms sent at once); the owner cannot be demoted or disabled.
    public bool IsOwner { get; set; }

    public DateTime? DisabledAt { get; set; }

    public int? AuthorId { get; set; }
    public Author? Author { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? LastLoginAt { get; set; }

    public bool IsDisabled => DisabledAt is not null;
}
