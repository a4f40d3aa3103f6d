using System.Net;
using Byline.Outbound;

namespace Byline.Tests.Webhooks;

public sealed class PublicAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    public void TheServersOwnNetworkIsNotPublic(string address) => Assert.False(PublicAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    public void InternetAddressesArePublic(string address) => Assert.True(PublicAddresses.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task TheGuardedClientRefusesToConnectToLoopbackEvenByName()
    {
        using var client = GuardedHttp.Create(allowPrivateNetworks: false, TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("http://localhost:9/")));
        Assert.Contains("private or loopback", error.Message, StringComparison.Ordinal);
    }
}
