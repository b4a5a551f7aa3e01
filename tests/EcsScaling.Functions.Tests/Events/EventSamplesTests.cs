using EcsScaling.Core.Events;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

/// <summary>Every sample in events/ must parse: they document what the functions accept. ops-*.json are manual commands, parsed by the ops function.</summary>
public class EventSamplesTests
{
    public static TheoryData<string> SampleFiles() => new(SampleNames());

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_sample_parses_into_at_least_one_event(string file)
    {
        var events = new EventParser().Parse(Samples.Bytes(file));

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotNull(e.Origin.Source));
    }

    [Fact]
    public void Every_event_type_has_a_sample()
    {
        var parser = new EventParser();
        var sampled = SampleNames().SelectMany(file => parser.Parse(Samples.Bytes(file))).Select(e => e.GetType()).ToHashSet();
        var missing = typeof(ScalingEvent).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ScalingEvent)) && !t.IsAbstract && !sampled.Contains(t))
            .Select(t => t.Name);

        Assert.Equal("", string.Join(", ", missing));
    }

    private static IEnumerable<string> SampleNames() =>
        Directory.EnumerateFiles(Samples.Directory, "*.json")
            .Select(Path.GetFileName)
            .Where(name => !name!.StartsWith("ops-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)!;
}
