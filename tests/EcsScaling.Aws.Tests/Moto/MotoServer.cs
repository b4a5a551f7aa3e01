using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EcsScaling.Bench.ColdStart;

namespace EcsScaling.Aws.Tests.Moto;

/// <summary>
/// One moto_server on a free loopback port, shared by a test collection and killed at the end.
/// Missing moto skips the tests with a visible reason, unless ECS_SCALING_REQUIRE_MOTO=1 (CI) makes it a failure.
/// </summary>
public sealed class MotoServer : IDisposable
{
    private readonly Process? process;

    public MotoServer()
    {
        var executable = FindOnPath("moto_server");
        if (executable is null)
        {
            UnavailableReason = "moto_server is not on PATH (pip install 'moto[server]')";
            return;
        }

        Port = LoopbackListener.FreePort();
        process = Process.Start(new ProcessStartInfo(executable, ["-H", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        });
        process!.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!WaitUntilListening(Port, TimeSpan.FromSeconds(15)))
        {
            UnavailableReason = $"moto_server did not listen on port {Port} within 15 s";
        }
    }

    public int Port { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/");

    public string? UnavailableReason { get; }

    /// <summary>Call first in every moto test.</summary>
    public void RequireRunning()
    {
        if (UnavailableReason is null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("ECS_SCALING_REQUIRE_MOTO") == "1")
        {
            Assert.Fail("ECS_SCALING_REQUIRE_MOTO=1 but " + UnavailableReason);
        }

        Skip.If(true, UnavailableReason);
    }

    public void Dispose()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }

        process?.Dispose();
    }

    private static bool WaitUntilListening(int port, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                // Not listening yet: poll again; the connect attempt itself paces the loop.
                Thread.Yield();
            }
        }

        return false;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}

[CollectionDefinition(Name)]
public sealed class MotoCollection : ICollectionFixture<MotoServer>
{
    public const string Name = "moto";
}
