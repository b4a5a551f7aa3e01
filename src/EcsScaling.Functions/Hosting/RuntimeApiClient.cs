using System.Globalization;
using System.Net.Http.Headers;

namespace EcsScaling.Functions.Hosting;

/// <summary>The Lambda Runtime API (2018-06-01) over HttpClient: next, response, error, init error.</summary>
public sealed class RuntimeApiClient : IDisposable
{
    public const string ErrorContentType = "application/vnd.aws.lambda.error+json";
    public const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    private readonly HttpClient _http;

    /// <param name="runtimeApi">host:port, as in AWS_LAMBDA_RUNTIME_API.</param>
    public RuntimeApiClient(string runtimeApi)
    {
        // GET next blocks until an event arrives (possibly for minutes): no client timeout. The API is
        // local to the sandbox, so never route it through HTTP(S)_PROXY (and skip proxy discovery at cold start).
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = new Uri($"http://{runtimeApi}/2018-06-01/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <exception cref="MalformedInvocationException">The invocation has a request id but lacks another header it needs.</exception>
    public async Task<Invocation> NextAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync("runtime/invocation/next", cancellationToken);
        await EnsureSuccess(response, "GET /runtime/invocation/next");
        var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var requestId = Header(response, "Lambda-Runtime-Aws-Request-Id")
            ?? throw new RuntimeApiException("GET /runtime/invocation/next answered without Lambda-Runtime-Aws-Request-Id");
        var deadlineMs = long.TryParse(Header(response, "Lambda-Runtime-Deadline-Ms"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
            ? ms
            : throw new MalformedInvocationException(requestId, $"invocation {requestId}: missing or invalid Lambda-Runtime-Deadline-Ms");
        return new Invocation(
            requestId,
            DateTimeOffset.FromUnixTimeMilliseconds(deadlineMs),
            Header(response, "Lambda-Runtime-Invoked-Function-Arn") ?? "",
            Header(response, "Lambda-Runtime-Trace-Id"),
            payload);
    }

    public async Task RespondAsync(string requestId, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _http.PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", content, cancellationToken);
        await EnsureSuccess(response, $"POST /runtime/invocation/{requestId}/response");
    }

    public Task ReportErrorAsync(string requestId, ErrorReport error, CancellationToken cancellationToken) =>
        PostErrorAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", error, cancellationToken);

    public Task ReportInitErrorAsync(ErrorReport error, CancellationToken cancellationToken) =>
        PostErrorAsync("runtime/init/error", error, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task PostErrorAsync(string path, ErrorReport error, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(error.ToUtf8());
        content.Headers.ContentType = new MediaTypeHeaderValue(ErrorContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TryAddWithoutValidation(ErrorTypeHeader, error.ErrorType);
        using var response = await _http.SendAsync(request, cancellationToken);
        await EnsureSuccess(response, "POST /" + path);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static async Task EnsureSuccess(HttpResponseMessage response, string call)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync();
        throw new RuntimeApiException($"{call} answered {(int)response.StatusCode} {response.StatusCode}: {body}");
    }
}
