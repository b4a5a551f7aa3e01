using System.Text;
using System.Text.Json;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests;

/// <summary>
/// In-memory IAwsCaller: records every call (a JSON request as the object its writer wrote, a query
/// request as its parameters) and answers with scripted wire answers read by the operation itself,
/// or with the operation's empty answer ("{}" / an empty result element) when nothing is scripted.
/// </summary>
public sealed class RecordingCaller : IAwsCaller
{
    private readonly Dictionary<AwsOperation, Func<object, object>> responders = [];

    public List<(AwsOperation Operation, object Request)> Calls { get; } = [];

    /// <summary>Each request object as written; GetRawText() is its exact body.</summary>
    public IEnumerable<JsonElement> RequestsOf<TResponse>(JsonOperation<TResponse> operation) =>
        Calls.Where(c => c.Operation == operation).Select(c => (JsonElement)c.Request);

    /// <summary>Each request body, exactly as written.</summary>
    public IEnumerable<string> BodiesOf<TResponse>(JsonOperation<TResponse> operation) => RequestsOf(operation).Select(r => r.GetRawText());

    public IEnumerable<QueryParameters> RequestsOf<TResponse>(QueryOperation<TResponse> operation) =>
        Calls.Where(c => c.Operation == operation).Select(c => (QueryParameters)c.Request);

    /// <summary>respond returns the answer's JSON body.</summary>
    public RecordingCaller Respond<TResponse>(JsonOperation<TResponse> operation, Func<JsonElement, string> respond)
    {
        responders[operation] = request => operation.ReadResponse(Encoding.UTF8.GetBytes(respond((JsonElement)request)))!;
        return this;
    }

    /// <summary>respond returns the inner XML of &lt;OpResult&gt;.</summary>
    public RecordingCaller Respond<TResponse>(QueryOperation<TResponse> operation, Func<QueryParameters, string> respond)
    {
        responders[operation] = request => operation.Parse(QueryXmlReader.Parse($"<{operation.Name}Result>{respond((QueryParameters)request)}</{operation.Name}Result>"))!;
        return this;
    }

    public Task<TResponse> CallAsync<TResponse>(JsonOperation<TResponse> operation, Action<Utf8JsonWriter> writeMembers, CancellationToken cancellationToken)
    {
        using var written = JsonDocument.Parse(operation.WriteRequest(writeMembers));
        var request = written.RootElement.Clone();
        Calls.Add((operation, request));
        return Task.FromResult(responders.TryGetValue(operation, out var respond)
            ? (TResponse)respond(request)
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
