using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Sends operations through one SDK client per service and turns every failure that survives the
/// SDK's retries into AwsCallException.
/// </summary>
public sealed class AwsCaller : IAwsCaller, IDisposable
{
    private readonly Dictionary<AwsService, WireServiceClient> clients;

    public AwsCaller(AwsClientSettings settings, AWSCredentials? credentials)
    {
        clients = AwsService.All.ToDictionary(
            service => service,
            service => new WireServiceClient(credentials, new WireClientConfig(service, settings.Region, settings.Endpoints[service], settings.Retry)));
    }

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

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    private async Task<byte[]> SendAsync(AwsOperation operation, byte[] body, CancellationToken cancellationToken)
    {
        try
        {
            var response = await clients[operation.Service].SendAsync(new WireRequest(operation, body), cancellationToken).ConfigureAwait(false);
            return response.Body;
        }
        catch (AmazonServiceException e)
        {
            throw new AwsCallException(operation.Service.ServiceId, operation.Name, e.ErrorCode ?? "Unknown", e.Message, e.RequestId, (int)e.StatusCode, e);
        }
        catch (Exception e) when (e is AmazonClientException or HttpRequestException or IOException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // No HTTP answer at all (connection refused, timeout): status 0 marks "never reached AWS".
            throw new AwsCallException(operation.Service.ServiceId, operation.Name, e.GetType().Name, e.Message, null, 0, e);
        }
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
