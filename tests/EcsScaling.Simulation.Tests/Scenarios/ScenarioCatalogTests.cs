using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Scenarios;

public class ScenarioCatalogTests
{
    [Fact]
    public void An_unknown_name_lists_the_known_scenarios()
    {
        var error = Assert.Throws<ArgumentException>(() => ScenarioCatalog.Create("chaos"));
        Assert.Contains("demo, scale-in, spot, unreliable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_scenario_has_a_description_and_a_timeline_within_its_duration() =>
        Assert.All(ScenarioCatalog.All.Values.Select(create => create()), s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Description));
            Assert.All(s.Timeline, step => Assert.True(step.At < s.Duration, $"{s.Name}: step at {step.At} is after the end"));
        });
}
