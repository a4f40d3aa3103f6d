using Byline.Newsroom.Audit;
using Byline.Newsroom.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Byline.Newsroom.Accounts;

public static class AccountsSetup
{
    // What both the web host and the command line need to manage accounts: Identity over BylineDb,
    // the password rules, the signed-link providers (keys in the database, shared by every node and
    // by `byline user add`), the audit log and the mailer.
    public static IHostApplicationBuilder AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<SetupCode>();
        builder.Services.AddDataProtection()
            .SetApplicationName("byline")
            .PersistKeysToDbContext<BylineDb>();
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        builder.Services.Configure<InvitationTokenOptions>(_ => { });
        builder.Services.AddIdentityCore<NewsroomUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.User.AllowedUserNameCharacters = ""; // the user name is the e-mail address, whatever it holds

                // Length, not composition (NIST SP 800-63B, ASVS 6.2): CommonPasswords refuses the guessable.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;

                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = builder.Configuration.GetValue("Byline:Newsroom:LockoutAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(builder.Configuration.GetValue("Byline:Newsroom:LockoutMinutes", 15));
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddClaimsPrincipalFactory<NewsroomClaims>()
            .AddEntityFrameworkStores<BylineDb>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokens>(InvitationTokens.ProviderName)
            .AddPasswordValidator<CommonPasswords>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AccountLinks>();
        builder.Services.AddScoped<Invitations>();
        builder.AddMail();
        return builder;
    }
}
