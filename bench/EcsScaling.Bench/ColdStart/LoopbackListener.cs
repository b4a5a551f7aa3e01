using System.Net;
using System.Net.Sockets;

namespace EcsScaling.Bench.ColdStart;

/// <summary>Free 127.0.0.1 ports for the servers the benches and tests start: the fake Runtime API, the fake AWS endpoint, moto_server.</summary>
public static class LoopbackListener
{
    /// <summary>
    /// An HTTP listener on a free loopback port. A port found free by binding and releasing it can be
    /// taken by a server a parallel test starts (moto_server, another fake) before we bind it: then another port.
    /// </summary>
    public static (HttpListener Listener, int Port) Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    /// <summary>A loopback port that was free a moment ago, for a server in another process to bind.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
