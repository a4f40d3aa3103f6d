using System.Net;
using System.Net.Sockets;

namespace Byline.Outbound;

// The only way Byline reaches out to other servers. The address is checked after DNS resolution,
// at connect time, so a name that resolves to a private address (or re-resolves to one) is still
// refused; redirects are never followed; every request is bounded in time.
public static class GuardedHttp
{
    public static HttpClient Create(bool allowPrivateNetworks, TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = timeout,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
                var allowed = addresses.Where(a => allowPrivateNetworks || PublicAddresses.IsPublic(a)).ToArray();
                if (allowed.Length == 0)
                {
                    throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves only to private or loopback addresses, which Byline does not connect to");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { Timeout = timeout, MaxResponseContentBufferSize = 1024 * 1024 };
    }
}
