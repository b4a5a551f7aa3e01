using System.Collections.Concurrent;
using System.Net;
using System.Text;
using EcsScaling.Aws.Wire;
using EcsScaling.Bench.ColdStart;

namespace EcsScaling.Aws.Tests.Wire;

/// <summary>
/// A tiny HTTP server on loopback that answers recorded AWS bodies in order and keeps every
/// request (headers and body), for operations moto lacks and for retry behaviour.
/// </summary>
public sealed class LoopbackAws : IDisposable
{
    private readonly HttpListener listener;
    private readonly ConcurrentQueue<(int Status, string Body, string ContentType, DateTimeOffset? Date)> answers = new();
    private readonly Task serving;

    public LoopbackAws()
    {
        (listener, Port) = LoopbackListener.Start();
        serving = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <param name="date">The answer's Date header; the listener's own clock when null.</param>
    public LoopbackAws Answer(int status, string body, string contentType = "text/xml", DateTimeOffset? date = null)
    {
        answers.Enqueue((status, body, contentType, date));
        return this;
    }

    /// <summary>
    /// Callers whose every service points here, with the given attempts, region and retry mode; backoff draws 0 unless
    /// <paramref name="random"/> says otherwise, so retries wait no real time.
    /// </summary>
    public AwsCaller Caller(int maxAttempts = 1, string region = "eu-west-1", string mode = "standard", TimeProvider? time = null, Func<double>? random = null)
    {
        var variables = new Dictionary<string, string?>
        {
            ["AWS_REGION"] = region,
            ["AWS_ENDPOINT_URL"] = $"http://127.0.0.1:{Port}",
            ["AWS_ACCESS_KEY_ID"] = "AKIDLOOPBACK",
            ["AWS_SECRET_ACCESS_KEY"] = "secret",
            ["AWS_SESSION_TOKEN"] = "session-token",
            ["AWS_MAX_ATTEMPTS"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AWS_RETRY_MODE"] = mode,
        };
        string? Variable(string name) => variables.GetValueOrDefault(name);
        return new AwsCaller(AwsClientSettings.FromEnvironment(Variable), AwsClientSettings.ResolveCredentials(Variable)!, time, random: random ?? (() => 0));
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            Requests.Enqueue(new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase),
                body));
            var (status, answer, contentType, date) = answers.TryDequeue(out var next) ? next : (500, "<ErrorResponse><Error><Code>NoScriptedAnswer</Code></Error></ErrorResponse>", "text/xml", null);
            var bytes = Encoding.UTF8.GetBytes(answer);
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.Headers["x-amzn-RequestId"] = "req-" + Requests.Count;
            if (date is { } when)
            {
                context.Response.Headers["Date"] = when.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            }

            await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            context.Response.Close();
        }
    }
}

public sealed record RecordedRequest(string Method, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public IReadOnlyDictionary<string, string> Form => Body.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .ToDictionary(kv => Uri.UnescapeDataString(kv[0]), kv => Uri.UnescapeDataString(kv.Length > 1 ? kv[1].Replace('+', ' ') : string.Empty));
}
