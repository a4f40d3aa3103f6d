namespace Byline.Newsroom;

// Every newsroom cookie (ASVS 3.3.1-3.3.4): __Host- prefixed (so Secure, Path=/, no Domain: no
// subdomain can set or read it), HttpOnly, SameSite=Lax. Byline:Newsroom:SecureCookies=false drops
// Secure, and with it the prefix that requires it, for plain-http development on another machine;
// browsers already treat http://localhost and 127.0.0.1 as secure, so tests keep the real settings.
public static class NewsroomCookies
{
    public static void Configure(CookieBuilder cookie, string name, bool secure)
    {
        cookie.Name = secure ? $"__Host-byline-{name}" : $"byline-{name}";
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.IsEssential = true;
    }
}
