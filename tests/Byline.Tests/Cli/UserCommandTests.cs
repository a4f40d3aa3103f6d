using Byline.Tests.Infrastructure;

namespace Byline.Tests.Cli;

public sealed class UserCommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    // PostgreSQL is migrated by the operator (`byline migrate`), SQLite by the verbs themselves.
    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(onDisk: true);
        Assert.Equal(0, (await Executable.RunAsync(_database, "migrate")).ExitCode);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task UserAddPrintsAOneTimeLinkThatTheRunningSiteAccepts()
    {
        var (exit, output, error) = await Executable.RunAsync(_database, "user", "add", "ed@byline.test", "--role", "editor", "--name", "Ed Tan");
        Assert.True(exit == 0, error);
        Assert.Contains("Added ed@byline.test as Editor", output, StringComparison.Ordinal);
        var link = output.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/newsroom/password?", StringComparison.Ordinal));

        // Signed by the command line, checked by the site: the keys live in the database.
        await using var site = await RunningSite.StartAsync(_database);
        using var client = new HttpClient();
        var (_, page) = await client.GetPageAsync(site.Url + new Uri(link).PathAndQuery);
        Assert.Contains("Choose a password for ed@byline.test", page.Body!.Text(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name=NewPassword]"));

        var (_, tampered) = await client.GetPageAsync(site.Url + new Uri(link).PathAndQuery.Replace("token=", "token=x", StringComparison.Ordinal));
        Assert.Null(tampered.QuerySelector("input[name=NewPassword]"));
    }

    [Fact]
    public async Task UserAddRefusesAnUnknownRoleAndADuplicate()
    {
        var badRole = await Executable.RunAsync(_database, "user", "add", "x@byline.test", "--role", "chief");
        await Executable.RunAsync(_database, "user", "add", "y@byline.test", "--role", "Contributor");
        var duplicate = await Executable.RunAsync(_database, "user", "add", "y@byline.test", "--role", "Author");
        var list = await Executable.RunAsync(_database, "user", "list");

        Assert.Equal(2, badRole.ExitCode);
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("already", duplicate.Error, StringComparison.Ordinal);
        Assert.Contains("y@byline.test", list.Output, StringComparison.Ordinal);
        Assert.Contains("Contributor", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("x@byline.test", list.Output, StringComparison.Ordinal);
    }
}
