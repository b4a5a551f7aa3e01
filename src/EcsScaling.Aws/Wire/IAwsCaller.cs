namespace EcsScaling.Aws.Wire;

/// <summary>
/// Sends one operation and returns its parsed answer, or throws AwsCallException after retries.
/// Gateways depend on this seam so batching and pagination can be tested without HTTP.
/// </summary>
public interface IAwsCaller
{
    Task<TResponse> CallAsync<TRequest, TResponse>(JsonOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken);

    Task<TResponse> CallAsync<TResponse>(QueryOperation<TResponse> operation, QueryParameters parameters, CancellationToken cancellationToken);
}
