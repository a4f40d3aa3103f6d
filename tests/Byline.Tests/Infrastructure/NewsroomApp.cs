using System.Net;
using Byline.Newsroom.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.Tests.Infrastructure;

// The app with no demo and no accounts, mail going to a loopback SMTP sink. Clients talk https
// (TestServer takes any scheme), so the newsroom's Secure cookies are sent back as a browser would.
public class NewsroomApp : BylineApp
{
    public const string Password = "a slow river under the bridge";

    public NewsroomApp()
        : base(demo: false)
    {
        foreach (var (key, value) in Mail.Settings)
        {
            Settings[key] = value;
        }
    }

    public SmtpSink Mail { get; } = new();

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    // An account made directly, for tests about what happens after sign-in.
    public Task<NewsroomUser> AddUserAsync(string email, string role, string? password = Password, bool owner = false) =>
        WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<NewsroomUser>>();
            var user = new NewsroomUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], IsOwner = owner, CreatedAt = DateTime.UtcNow };
            var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            return user;
        });

    public Task<NewsroomUser?> FindUserAsync(string email) =>
        WithServicesAsync(async services => await services.GetRequiredService<UserManager<NewsroomUser>>().FindByEmailAsync(email));

    public Task<IList<string>> RolesOfAsync(string email) =>
        WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<NewsroomUser>>();
            return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
        });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

// The same on a real Kestrel port on loopback, for the browser.
public sealed class KestrelNewsroomApp : NewsroomApp
{
    private readonly int _port = Executable.FreePort();

    public KestrelNewsroomApp()
    {
        Settings["Byline:BaseUrl"] = Url;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port, listen => listen.Protocols = HttpProtocols.Http1));
    }

    public string Url => $"http://127.0.0.1:{_port}";

    protected override void Start() => StartServer();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Byline:BaseUrl", Url);
    }
}
