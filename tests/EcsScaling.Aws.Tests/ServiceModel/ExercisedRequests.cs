using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>
/// GatewayExercise run once through a WireCapture, and validate_requests.py run once over its
/// requests and every declared operation (one python process for the whole class).
/// </summary>
public sealed class ExercisedRequests : IAsyncLifetime
{
    private readonly WireCapture capture = new(GatewayExercise.TwoPageAnswers());

    public IReadOnlyList<CapturedRequest> Requests => capture.Requests;

    public IReadOnlySet<AwsOperation> Operations => capture.Operations;

    /// <summary>How many requests each exercised method sent.</summary>
    public Dictionary<string, int> RequestsPerMethod { get; } = [];

    public (ValidatorRun? Run, string? UnavailableReason) Validation { get; private set; }

    public async Task InitializeAsync()
    {
        var gateways = AwsGatewayFactory.Create(capture);
        foreach (var (method, drive) in GatewayExercise.Methods)
        {
            var before = capture.Requests.Count;
            await drive(gateways);
            RequestsPerMethod[method] = capture.Requests.Count - before;
        }

        Validation = BotocoreValidator.Validate(capture.Requests, DeclaredOperation.InAssembly.Select(DeclaredOperation.Of));
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
