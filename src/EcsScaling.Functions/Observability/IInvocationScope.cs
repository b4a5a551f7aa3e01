namespace EcsScaling.Functions.Observability;

/// <summary>Telemetry that can stamp every line with the current invocation's request id.</summary>
public interface IInvocationScope
{
    IDisposable BeginInvocation(string requestId);
}
