namespace EcsScaling.Functions.Hosting;

/// <summary>The Runtime API answered something we cannot continue from (the sandbox is broken or we are not in Lambda).</summary>
public sealed class RuntimeApiException(string message, Exception? inner = null) : Exception(message, inner);
