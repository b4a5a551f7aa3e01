using System.Text;
using System.Text.Json;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Sends operations as the AWS SDKs do: a SigV4-signed POST per attempt (<see cref="SigV4"/>), errors read by the
/// protocol's rules (<see cref="JsonErrors"/>, <see cref="QueryXml"/>), retried per service by <see cref="RetryPolicy"/>,
/// and the clock corrected by the server's when a signature is refused as skewed. Every failure that survives is an
/// AwsCallException; status 0 marks "never reached AWS" (connection refused, timeout).
/// </summary>
public sealed class AwsCaller : IAwsCaller, IDisposable
{
    public const string UserAgent = "ecs-scaling/1.0";

    /// <summary>How far our clock may be from AWS's before a refused signature is re-signed on AWS's time (the SDKs' threshold).</summary>
    public static readonly TimeSpan SkewTolerance = TimeSpan.FromMinutes(5);

    private static readonly HashSet<string> SkewErrors = new(StringComparer.Ordinal)
    {
        "RequestTimeTooSkewed", "RequestExpired", "InvalidSignatureException", "SignatureDoesNotMatch", "AuthFailure", "RequestInTheFuture",
    };

    private readonly HttpClient _http;
    private readonly AwsClientSettings _settings;
    private readonly ICredentialSource _credentials;
    private readonly TimeProvider _time;
    private readonly Dictionary<AwsService, RetryPolicy> _retries;
    private long _clockOffsetTicks;

    /// <param name="handler">The HTTP stack; a pooled SocketsHttpHandler when null.</param>
    public AwsCaller(AwsClientSettings settings, ICredentialSource credentials, TimeProvider? time = null, HttpMessageHandler? handler = null, Func<double>? random = null)
    {
        _settings = settings;
        _credentials = credentials;
        _time = time ?? TimeProvider.System;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        _retries = AwsService.All.ToDictionary(service => service, _ => new RetryPolicy(settings.Retry, _time, random ?? Random.Shared.NextDouble));
    }

    /// <summary>What is added to our clock when signing: learned from the Date of an answer that refused our time.</summary>
    public TimeSpan ClockOffset => TimeSpan.FromTicks(Interlocked.Read(ref _clockOffsetTicks));

    public RetryPolicy RetriesOf(AwsService service) => _retries[service];

    public async Task<TResponse> CallAsync<TResponse>(JsonOperation<TResponse> operation, Action<Utf8JsonWriter> writeMembers, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(operation, operation.WriteRequest(writeMembers), cancellationToken).ConfigureAwait(false);
        return Parse(operation, () => operation.ReadResponse(answer));
    }

    public async Task<TResponse> CallAsync<TResponse>(QueryOperation<TResponse> operation, QueryParameters parameters, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(parameters.ToFormBody(operation.Name, operation.Service.Version));
        var answer = await SendAsync(operation, body, cancellationToken).ConfigureAwait(false);
        return Parse(operation, () => operation.Parse(QueryXml.Result(answer, operation.Name)));
    }

    public void Dispose() => _http.Dispose();

    private async Task<byte[]> SendAsync(AwsOperation operation, byte[] body, CancellationToken cancellationToken)
    {
        var retry = _retries[operation.Service];
        var costTaken = 0;
        for (var attempt = 1; ; attempt++)
        {
            await retry.BeforeAttemptAsync(cancellationToken).ConfigureAwait(false);
            AwsCallException failure;
            var timedOut = false;
            try
            {
                using var request = await RequestAsync(operation, body, cancellationToken).ConfigureAwait(false);
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    retry.Answered(throttled: false);
                    retry.Succeeded(costTaken);
                    return answer;
                }

                failure = Failure(operation, response, answer);
                retry.Answered(failure.IsThrottling);
                if (attempt < retry.Settings.MaxAttempts && LearnedClock(failure, response.Headers.Date))
                {
                    // Re-signed on the server's time at once: waiting would not make our clock any less wrong.
                    continue;
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                timedOut = e is OperationCanceledException;
                failure = new AwsCallException(operation.Service.ServiceId, operation.Name, e.GetType().Name, e.Message, null, 0, e);
            }

            if (retry.RetryAfter(failure, attempt, timedOut, out costTaken) is not { } delay)
            {
                throw failure;
            }

            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<HttpRequestMessage> RequestAsync(AwsOperation operation, byte[] body, CancellationToken cancellationToken)
    {
        var service = operation.Service;
        var endpoint = _settings.Endpoints[service];
        var credentials = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        var json = service.Protocol == WireProtocol.AwsJson11;
        var timestamp = SigV4.Timestamp(_time.GetUtcNow() + ClockOffset);
        var headers = new List<(string Name, string Value)>
        {
            ("Content-Type", json ? "application/x-amz-json-1.1" : "application/x-www-form-urlencoded; charset=utf-8"),
            ("Host", endpoint.Authority),
            ("X-Amz-Date", timestamp),
        };
        if (json)
        {
            headers.Add(("X-Amz-Target", $"{service.TargetPrefix}.{operation.Name}"));
        }

        if (credentials.SessionToken is { } token)
        {
            headers.Add(("X-Amz-Security-Token", token));
        }

        var authorization = SigV4.Authorization("POST", endpoint.AbsolutePath, headers, body, credentials, _settings.Region, service.SigningName, timestamp);
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        foreach (var (name, value) in headers)
        {
            // Sent exactly as signed: HttpClient would otherwise re-format what it parses (Content-Type's parameters).
            _ = name == "Content-Type" ? request.Content.Headers.TryAddWithoutValidation(name, value) : request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        return request;
    }

    private static AwsCallException Failure(AwsOperation operation, HttpResponseMessage response, byte[] answer)
    {
        var error = operation.Service.Protocol == WireProtocol.AwsJson11
            ? JsonErrors.Read(answer, name => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null)
            : QueryXml.Error(answer);
        return new AwsCallException(operation.Service.ServiceId, operation.Name, error.Code ?? "Unknown", error.Message ?? "", error.RequestId, (int)response.StatusCode);
    }

    /// <summary>Whether the failure refused our time and the answer's Date shows we are off by more than the tolerance: the offset is then the server's.</summary>
    private bool LearnedClock(AwsCallException failure, DateTimeOffset? serverTime)
    {
        if (!SkewErrors.Contains(failure.ErrorCode) || serverTime is not { } server)
        {
            return false;
        }

        var offset = server - _time.GetUtcNow();
        if ((offset - ClockOffset).Duration() <= SkewTolerance)
        {
            return false;
        }

        Interlocked.Exchange(ref _clockOffsetTicks, offset.Ticks);
        return true;
    }

    private static TResponse Parse<TResponse>(AwsOperation operation, Func<TResponse> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new AwsCallException(operation.Service.ServiceId, operation.Name, "MalformedResponse", e.Message, null, 200, e);
        }
    }
}
