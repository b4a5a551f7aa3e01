namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>
/// One request as it goes on the wire, named the way botocore names things: Service is the botocore
/// service name, Protocol "json" or "query", Body the exact bytes (UTF-8), Target the X-Amz-Target header of awsJson.
/// </summary>
public sealed record CapturedRequest(string Service, string Operation, string Protocol, string Body, string? Target);
