namespace EcsScaling.Core.Gateways;

/// <summary>
/// The one error type every gateway raises for a failed AWS call (after retries), whether the
/// backend is AWS, moto or the simulator: service, operation, AWS error code, message, request id.
/// </summary>
public sealed class AwsCallException : Exception
{
    public AwsCallException(string service, string operation, string errorCode, string message, string? requestId, int statusCode, Exception? innerException = null)
        : base($"{service}.{operation} failed: {errorCode}: {message} (HTTP {statusCode}, request id {requestId ?? "none"})", innerException)
    {
        Service = service;
        Operation = operation;
        ErrorCode = errorCode;
        AwsMessage = message;
        RequestId = requestId;
        StatusCode = statusCode;
    }

    public string Service { get; }

    public string Operation { get; }

    public string ErrorCode { get; }

    public string AwsMessage { get; }

    public string? RequestId { get; }

    public int StatusCode { get; }

    public bool IsThrottling => AwsErrorCodes.IsThrottling(ErrorCode) || StatusCode == 429;

    public bool IsTransient => StatusCode is 500 or 502 or 503 or 504 || AwsErrorCodes.IsTransient(ErrorCode);
}
