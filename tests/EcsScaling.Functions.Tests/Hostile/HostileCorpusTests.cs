using System.Text.Json;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Tests.Hostile;

/// <summary>
/// Every hostile input through the real function against the simulator: a clear error naming the
/// problem (or, for valid events about resources that are not ours, an ignored answer saying so)
/// and not one mutating call.
/// </summary>
public class HostileCorpusTests
{
    /// <summary>Errors repeat the offending value truncated; a 6 MB payload must not come back in the message.</summary>
    private const int MaxMessageLength = 1_000;

    [Fact]
    public void The_corpus_is_large_and_well_formed()
    {
        var entries = HostileCorpus.Entries;

        Assert.True(entries.Count >= 50, $"only {entries.Count} corpus entries");
        Assert.Equal(entries.Count, entries.Select(e => e.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(entries, e => Assert.Contains(e.Outcome, new[] { CorpusEntry.Error, CorpusEntry.Ignored }));
        Assert.All(entries.Where(e => e.File is not null), e => Assert.True(File.Exists(Path.Combine(HostileCorpus.Directory, e.File!)), e.File));
        var functions = new HostileWorld().Functions(new CapturingTelemetry());
        Assert.All(HostileCorpus.ValidFiles.Keys.Concat(entries.Select(e => e.Function)).Distinct(), name => Assert.Equal(name, functions.Resolve(name).Name));
    }

    [Theory]
    [MemberData(nameof(HostileCorpus.Cases), MemberType = typeof(HostileCorpus))]
    public void Each_entry_is_refused_or_ignored_by_name_with_no_mutating_call(CorpusEntry entry)
    {
        var world = new HostileWorld();
        var before = world.MutatingCalls();

        var (result, error) = Invoke(world, entry.Function, world.PayloadBytes(HostileCorpus.Text(entry)));

        if (entry.Outcome == CorpusEntry.Error)
        {
            Assert.True(error is not null, $"expected an error containing \"{entry.Expected}\", got {result}");
            Assert.True(error is EventParseException or ArgumentException, $"{error.GetType().Name} is not a clear input error: {error.Message}");
            Assert.Contains(entry.Expected, error.Message, StringComparison.Ordinal);
            Assert.True(error.Message.Length <= MaxMessageLength, $"error message of {error.Message.Length} characters");
        }
        else
        {
            Assert.True(error is null, $"expected an ignored answer, got {error?.GetType().Name}: {error?.Message}");
            var strings = StringValues(result!);
            Assert.Contains(strings, s => s.Equals(CorpusEntry.Ignored, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(strings, s => s.Contains(entry.Expected, StringComparison.Ordinal));
        }

        Assert.Equal(before, world.MutatingCalls());
    }

    /// <summary>The counter the corpus relies on does see mutations: a valid Spot warning for our instance drains it.</summary>
    [Fact]
    public void A_valid_event_for_our_instance_is_counted_as_mutating()
    {
        var world = new HostileWorld();

        var (_, error) = Invoke(world, DrainFunction.Name, world.PayloadBytes(HostileCorpus.ReadFile("valid/spot-warning.json")));

        Assert.Null(error);
        Assert.True(world.MutatingCalls().GetValueOrDefault("ecs:UpdateContainerInstancesState") > 0, string.Join(", ", world.Sim.Api.Calls.Attempts));
    }

    [Theory]
    [InlineData("autoscaling:CompleteLifecycleAction", true)]
    [InlineData("monitoring:PutMetricData", true)]
    [InlineData("ecs:TagResource", true)]
    [InlineData("ecs:ListContainerInstances", false)]
    [InlineData("autoscaling:DescribeAutoScalingInstances", false)]
    [InlineData("ecs:GetTaskProtection", false)]
    public void Mutating_means_anything_but_list_describe_and_get(string operation, bool mutating) =>
        Assert.Equal(mutating, EcsScaling.Simulation.Faults.ApiCallCounter.IsMutating(operation));

    internal static (string? Result, Exception? Error) Invoke(HostileWorld world, string functionName, byte[] payload)
    {
        var telemetry = new CapturingTelemetry();
        var function = world.Functions(telemetry).Resolve(functionName);
        var invocation = new Invocation("hostile", world.Sim.Clock.GetUtcNow().AddMinutes(5), "arn:aws:lambda:us-east-1:123456789012:function:x", null, payload);
        var context = new LambdaContext(invocation, functionName, world.Sim.Clock, telemetry);
        try
        {
            var result = world.Sim.Run(() => function.InvokeAsync(payload, context, CancellationToken.None));
            return (System.Text.Encoding.UTF8.GetString(result.Json.Span), null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    /// <summary>Every string value in a JSON answer, unescaped (the serializer escapes quotes and apostrophes).</summary>
    internal static List<string> StringValues(string json)
    {
        var values = new List<string>();
        Collect(JsonDocument.Parse(json).RootElement, values);
        return values;
    }

    private static void Collect(JsonElement element, List<string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                values.Add(element.GetString()!);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, values);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, values);
                }

                break;
        }
    }
}
