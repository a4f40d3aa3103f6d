using System.Threading.RateLimiting;
using Byline.Newsroom.Accounts;
using Byline.Newsroom.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Byline.Newsroom;

// The newsroom at /newsroom: Razor Pages (forms with anti-forgery tokens), Identity's cookie
// sign-in, a policy per role, a per-address limit on sign-in attempts, and its own status pages
// and security headers. None of it touches the reader's site: its pages set no cookie and keep
// their caching, because authentication runs only for /newsroom paths.
public static class NewsroomSetup
{
    public const string Path = "/newsroom";
    public const string SignInLimit = "newsroom-sign-in";

    public static IHostApplicationBuilder AddNewsroom(this IHostApplicationBuilder builder)
    {
        builder.AddAccounts();
        var services = builder.Services;
        var secure = builder.Configuration.GetValue("Byline:Newsroom:SecureCookies", true);
        services.AddIdentityCore<NewsroomUser>().AddSignInManager<NewsroomSignInManager>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            NewsroomCookies.Configure(cookie.Cookie, "session", secure);
            cookie.LoginPath = $"{Path}/login";
            cookie.LogoutPath = $"{Path}/logout";
            cookie.AccessDeniedPath = $"{Path}/status/403";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(builder.Configuration.GetValue("Byline:Newsroom:SessionHours", 12));
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
            cookie.Events.OnRedirectToAccessDenied = DenyAsync;
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie => NewsroomCookies.Configure(cookie.Cookie, "two-factor", secure));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, cookie => NewsroomCookies.Configure(cookie.Cookie, "two-factor-device", secure));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme, cookie => NewsroomCookies.Configure(cookie.Cookie, "external", secure));
        services.AddAntiforgery(antiforgery =>
        {
            NewsroomCookies.Configure(antiforgery.Cookie, "antiforgery", secure);
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;

            // Antiforgery refuses to run over plain http when told Always, which would shut the newsroom
            // on http://127.0.0.1 in development; the cookie policy (UseNewsroom) marks it Secure all the same.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.Configure<CookieTempDataProviderOptions>(tempData => NewsroomCookies.Configure(tempData.Cookie, "notice", secure));
        services.Configure<CookiePolicyOptions>(policy =>
        {
            policy.Secure = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            policy.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            policy.MinimumSameSitePolicy = SameSiteMode.Lax;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Contributor, p => p.RequireRole(Roles.AtLeast(Roles.Contributor)))
            .AddPolicy(Roles.Author, p => p.RequireRole(Roles.AtLeast(Roles.Author)))
            .AddPolicy(Roles.Editor, p => p.RequireRole(Roles.AtLeast(Roles.Editor)))
            .AddPolicy(Roles.Administrator, p => p.RequireRole(Roles.AtLeast(Roles.Administrator)));

        // One sign-in attempt per request (a form takes one password), and a few per minute per
        // address; the per-account lockout is Identity's (AccountsSetup).
        var perMinute = builder.Configuration.GetValue("Byline:Newsroom:SignInAttemptsPerMinute", 10);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInLimit, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("read"));
        });

        // Screens live by feature under Newsroom/ (Screens/, Corrections/...); every page names its
        // own /newsroom address, and all of them share the layouts in Screens/Shared.
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Newsroom";
            pages.Conventions.AuthorizeFolder("/", Roles.Contributor);
        });
        services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(razor =>
            razor.PageViewLocationFormats.Add("/Newsroom/Screens/Shared/{0}" + Microsoft.AspNetCore.Mvc.Razor.RazorViewEngine.ViewExtension));
        return builder;
    }

    // Before routing: the newsroom's own error pages and headers, for /newsroom paths only.
    public static WebApplication UseNewsroom(this WebApplication app)
    {
        app.UseWhen(IsNewsroom, newsroom =>
        {
            newsroom.UseMiddleware<NewsroomHeaders>();
            newsroom.UseCookiePolicy();
            newsroom.UseStatusCodePagesWithReExecute($"{Path}/status/{{0}}");
            newsroom.UseMiddleware<UnreadableForms>();
        });
        return app;
    }

    // After routing: who is asking, may they, and not too often.
    public static WebApplication UseNewsroomAccess(this WebApplication app)
    {
        app.UseWhen(IsNewsroom, newsroom =>
        {
            newsroom.UseAuthentication();
            newsroom.UseAuthorization();
            newsroom.UseRateLimiter();
        });
        return app;
    }

    public static IEndpointRouteBuilder MapNewsroom(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        app.MapGet($"{Path}/assets/{{name}}", NewsroomAssets.Serve).ExcludeFromDescription();

        // Unknown newsroom addresses get the newsroom's 404, not the reader's theme.
        app.Map($"{Path}/{{**rest}}", () => Results.NotFound()).ExcludeFromDescription();
        return app;
    }

    private static bool IsNewsroom(HttpContext context) => context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);

    // A signed-in user without the right role: a 403 page, not a redirect, and a line in the audit log (ASVS 16.3.2).
    private static async Task DenyAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var audit = context.HttpContext.RequestServices.GetRequiredService<AuditLog>();
        await audit.RecordAsync(AuditActions.AccessDenied, $"{context.Request.Method} {context.Request.Path}");
    }
}
