using System.Text.Json;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Sends one operation and returns its parsed answer, or throws AwsCallException after retries.
/// Gateways depend on this seam so batching and pagination can be tested without HTTP.
/// </summary>
public interface IAwsCaller
{
    /// <param name="writeMembers">Writes the request object's members (JsonOperation adds the braces).</param>
    Task<TResponse> CallAsync<TResponse>(JsonOperation<TResponse> operation, Action<Utf8JsonWriter> writeMembers, CancellationToken cancellationToken);

    Task<TResponse> CallAsync<TResponse>(QueryOperation<TResponse> operation, QueryParameters parameters, CancellationToken cancellationToken);
}
