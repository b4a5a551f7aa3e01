namespace EcsScaling.Functions.Hosting;

/// <summary>
/// GET next handed out an invocation we cannot run (a header we need is missing or invalid) but whose
/// request id we know: that invocation is answered with an error and the loop goes on.
/// </summary>
public sealed class MalformedInvocationException(string requestId, string message) : Exception(message)
{
    public string RequestId { get; } = requestId;
}
