using System.Text.Json;
using EcsScaling.Bench.ColdStart;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Tests.Hosting;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Hostile;

/// <summary>
/// The whole corpus through the runtime loop and the fake Runtime API, one function at a time
/// (one _HANDLER per process, as in Lambda), a valid event after every hostile one: every
/// invocation is answered and the loop keeps serving.
/// </summary>
[Collection(RuntimeCollection.Name)]
public class HostileRuntimeLoopTests
{
    private const string ValidPrefix = "valid-after-";

    public static IEnumerable<object[]> Functions =>
        HostileCorpus.Entries.Select(e => e.Function).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Functions))]
    public async Task The_loop_answers_every_hostile_event_and_keeps_serving(string function)
    {
        var world = new HostileWorld();
        var entries = HostileCorpus.Entries.Where(e => e.Function == function).ToList();
        var valid = world.Payload(HostileCorpus.ReadFile(HostileCorpus.ValidFiles[function]));
        var invocations = entries.SelectMany(e => new[]
        {
            RuntimeRun.Invocation(e.Name, world.Payload(HostileCorpus.Text(e)), TimeProvider.System),
            RuntimeRun.Invocation(ValidPrefix + e.Name, valid, TimeProvider.System),
        }).ToArray();
        using var api = new FakeRuntimeApi(invocations);
        var telemetry = new CapturingTelemetry();

        var (_, answers) = await RuntimeRun.UntilAnsweredAsync(api, function, world.Functions(telemetry), telemetry, TimeProvider.System);

        Assert.Equal(invocations.Select(i => i.RequestId), answers.Select(a => a.RequestId));
        var byId = answers.ToDictionary(a => a.RequestId!, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var answer = byId[entry.Name];
            if (entry.Outcome == CorpusEntry.Error)
            {
                Assert.True(answer.Kind == "error", $"{entry.Name}: expected an error, got {answer.Kind}");
                var body = JsonDocument.Parse(answer.Body).RootElement;
                Assert.False(string.IsNullOrEmpty(body.GetProperty("errorType").GetString()), entry.Name);
                Assert.Contains(entry.Expected, body.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
            }
            else
            {
                Assert.True(answer.Kind == "response", $"{entry.Name}: expected a response, got {answer.Kind}: {answer.Body}");
                Assert.Contains(HostileCorpusTests.StringValues(answer.Body), s => s.Contains(entry.Expected, StringComparison.Ordinal));
            }

            var next = byId[ValidPrefix + entry.Name];
            Assert.True(next.Kind == "response", $"the valid event after {entry.Name} got {next.Kind}: {next.Body}");
        }
    }
}
