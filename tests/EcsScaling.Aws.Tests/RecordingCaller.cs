using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests;

/// <summary>
/// In-memory IAwsCaller: records every call and answers with scripted responses, or with the
/// operation's empty answer ("{}" / an empty result element) when nothing is scripted.
/// </summary>
public sealed class RecordingCaller : IAwsCaller
{
    private readonly Dictionary<AwsOperation, Func<object, object>> responders = [];

    public List<(AwsOperation Operation, object Request)> Calls { get; } = [];

    public IEnumerable<TRequest> RequestsOf<TRequest, TResponse>(JsonOperation<TRequest, TResponse> operation) =>
        Calls.Where(c => c.Operation == operation).Select(c => (TRequest)c.Request);

    public IEnumerable<QueryParameters> RequestsOf<TResponse>(QueryOperation<TResponse> operation) =>
        Calls.Where(c => c.Operation == operation).Select(c => (QueryParameters)c.Request);

    public RecordingCaller Respond<TRequest, TResponse>(JsonOperation<TRequest, TResponse> operation, Func<TRequest, TResponse> respond)
    {
        responders[operation] = request => respond((TRequest)request)!;
        return this;
    }

    /// <summary>respond returns the inner XML of &lt;OpResult&gt;.</summary>
    public RecordingCaller Respond<TResponse>(QueryOperation<TResponse> operation, Func<QueryParameters, string> respond)
    {
        responders[operation] = request => operation.Parse(QueryXmlReader.Parse($"<{operation.Name}Result>{respond((QueryParameters)request)}</{operation.Name}Result>"))!;
        return this;
    }

    public Task<TResponse> CallAsync<TRequest, TResponse>(JsonOperation<TRequest, TResponse> operation, TRequest request, CancellationToken cancellationToken)
    {
        Calls.Add((operation, request!));
        return Task.FromResult(responders.TryGetValue(operation, out var respond)
            ? (TResponse)respond(request!)
            : operation.ReadResponse("{}"u8.ToArray()));
    }

    public Task<TResponse> CallAsync<TResponse>(QueryOperation<TResponse> operation, QueryParameters parameters, CancellationToken cancellationToken)
    {
        Calls.Add((operation, parameters));
        return Task.FromResult(responders.TryGetValue(operation, out var respond)
            ? (TResponse)respond(parameters)
            : operation.Parse(new QueryElement(operation.Name + "Result")));
    }
}
