using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;

namespace EcsScaling.Bench.ColdStart;

/// <summary>One invocation to serve; a null Deadline leaves the Lambda-Runtime-Deadline-Ms header out, as a broken Runtime API might.</summary>
public sealed record FakeInvocation(string RequestId, string Payload, DateTimeOffset? Deadline, string? TraceId = null);

/// <summary>What the runtime posted: Kind is "response", "error" or "init-error".</summary>
public sealed record RuntimeAnswer(string Kind, string? RequestId, string? ContentType, string? ErrorType, string Body);

/// <summary>
/// A Lambda Runtime API on 127.0.0.1 serving a fixed queue of invocations. When the queue is empty,
/// GET next stays open (as in Lambda, where the sandbox is frozen). Used by the runtime tests and
/// the cold-start benchmark; callers synchronise on the answers, never on time.
/// </summary>
public sealed class FakeRuntimeApi : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<FakeInvocation> _pending;
    private readonly ConcurrentQueue<RuntimeAnswer> _answers = new();
    private readonly TaskCompletionSource _allAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<RuntimeAnswer> _firstAnswer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _expected;

    public FakeRuntimeApi(params FakeInvocation[] invocations)
    {
        _pending = new ConcurrentQueue<FakeInvocation>(invocations);
        _expected = invocations.Length;
        (_listener, var port) = LoopbackListener.Start();
        Address = $"127.0.0.1:{port}";
        _ = ServeAsync();
    }

    /// <summary>host:port, for AWS_LAMBDA_RUNTIME_API.</summary>
    public string Address { get; }

    /// <summary>Larger responses are refused with 413, as Lambda does above 6 MB.</summary>
    public int MaxResponseBytes { get; set; } = 6 * 1024 * 1024;

    public IReadOnlyList<RuntimeAnswer> Answers => [.. _answers];

    /// <summary>Completes when every queued invocation got a response or an error, or an init error arrived.</summary>
    public Task AllAnswered => _allAnswered.Task;

    public Task<RuntimeAnswer> FirstAnswer => _firstAnswer.Task;

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Handle(context));
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath;
        if (request.HttpMethod == "GET" && path == "/2018-06-01/runtime/invocation/next")
        {
            if (_pending.TryDequeue(out var invocation))
            {
                Serve(context.Response, invocation);
            }

            return; // queue empty: leave the long poll open
        }

        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var body = reader.ReadToEnd();
        var answer = path switch
        {
            "/2018-06-01/runtime/init/error" => new RuntimeAnswer("init-error", null, request.ContentType, request.Headers["Lambda-Runtime-Function-Error-Type"], body),
            _ when path.EndsWith("/response", StringComparison.Ordinal) => new RuntimeAnswer("response", RequestId(path), request.ContentType, null, body),
            _ when path.EndsWith("/error", StringComparison.Ordinal) => new RuntimeAnswer("error", RequestId(path), request.ContentType, request.Headers["Lambda-Runtime-Function-Error-Type"], body),
            _ => null,
        };
        if (answer is { Kind: "response" } && Encoding.UTF8.GetByteCount(body) > MaxResponseBytes)
        {
            answer = null;
            context.Response.StatusCode = 413;
        }
        else
        {
            context.Response.StatusCode = answer is null ? 404 : 202;
        }

        // Recorded before the status goes out: a caller that got its 202 must find its answer here.
        if (answer is not null)
        {
            Record(answer);
        }

        context.Response.Close();
    }

    private void Record(RuntimeAnswer answer)
    {
        _answers.Enqueue(answer);
        _firstAnswer.TrySetResult(answer);
        if (answer.Kind == "init-error" || _answers.Count >= _expected)
        {
            _allAnswered.TrySetResult();
        }
    }

    private static void Serve(HttpListenerResponse response, FakeInvocation invocation)
    {
        response.Headers["Lambda-Runtime-Aws-Request-Id"] = invocation.RequestId;
        if (invocation.Deadline is { } deadline)
        {
            response.Headers["Lambda-Runtime-Deadline-Ms"] = deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        }

        response.Headers["Lambda-Runtime-Invoked-Function-Arn"] = "arn:aws:lambda:us-east-1:123456789012:function:ecs-scaling-parse-event";
        if (invocation.TraceId is not null)
        {
            response.Headers["Lambda-Runtime-Trace-Id"] = invocation.TraceId;
        }

        var bytes = Encoding.UTF8.GetBytes(invocation.Payload);
        response.ContentType = "application/json";
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    // /2018-06-01/runtime/invocation/{id}/response
    private static string RequestId(string path) => Uri.UnescapeDataString(path.Split('/')[^2]);
}
