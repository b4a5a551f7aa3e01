using System.Text;
using System.Text.Json;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>
/// IAwsCaller that keeps each request in its wire form, built the way AwsCaller builds it, then lets
/// the inner caller answer (a RecordingCaller with scripted pages). CaptureMatchesTheWireTests holds
/// this to what AwsCaller really sends.
/// </summary>
public sealed class WireCapture(IAwsCaller inner) : IAwsCaller
{
    /// <summary>Far above what GatewayExercise sends: reaching it means a page loop that never ends.</summary>
    private const int MostRequests = 1000;

    public List<CapturedRequest> Requests { get; } = [];

    public HashSet<AwsOperation> Operations { get; } = [];

    public Task<TResponse> CallAsync<TResponse>(JsonOperation<TResponse> operation, Action<Utf8JsonWriter> writeMembers, CancellationToken cancellationToken)
    {
        Keep(operation, Encoding.UTF8.GetString(operation.WriteRequest(writeMembers)), $"{operation.Service.TargetPrefix}.{operation.Name}");
        return inner.CallAsync(operation, writeMembers, cancellationToken);
    }

    public Task<TResponse> CallAsync<TResponse>(QueryOperation<TResponse> operation, QueryParameters parameters, CancellationToken cancellationToken)
    {
        Keep(operation, parameters.ToFormBody(operation.Name, operation.Service.Version), null);
        return inner.CallAsync(operation, parameters, cancellationToken);
    }

    private void Keep(AwsOperation operation, string body, string? target)
    {
        if (Requests.Count == MostRequests)
        {
            throw new InvalidOperationException($"more than {MostRequests} requests, the last {operation.IamAction}: a pagination that never ends?");
        }

        Operations.Add(operation);
        Requests.Add(new CapturedRequest(BotocoreNames.Service(operation.Service), operation.Name, BotocoreNames.Protocol(operation.Service), body, target));
    }
}
