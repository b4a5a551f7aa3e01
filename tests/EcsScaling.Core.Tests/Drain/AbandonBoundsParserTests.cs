using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Drain;

namespace EcsScaling.Core.Tests.Drain;

/// <summary>ECS_SCALING_DRAIN_ABANDON_AFTER and ECS_SCALING_DRAIN_ABANDON_WITHOUT_RETENTION, read with the other drain settings.</summary>
public class AbandonBoundsParserTests
{
    private static Dictionary<string, string?> Environment(string? bounds, string? unretained = null) => new(StringComparer.Ordinal)
    {
        [ManagedClusters.Variable] = "prod, arn:aws:ecs:us-east-1:123456789012:cluster/batch",
        [DrainVariables.AutoScalingGroups] = "asg-a",
        [DrainVariables.AbandonAfter] = bounds,
        [DrainVariables.AbandonWithoutRetention] = unretained,
    };

    private static string Problem(string bounds) =>
        Assert.Single(Assert.Throws<ConfigurationException>(() => DrainOptionsParser.Parse(Environment(bounds))).Problems);

    [Fact]
    public void Unset_there_is_no_bound_and_no_abandon_without_retention()
    {
        var options = DrainOptionsParser.Parse(Environment(null));

        Assert.True(options.AbandonBounds.IsEmpty);
        Assert.Null(options.AbandonBounds.Shortest);
        Assert.Equal(AbandonWithoutRetention.Wait, options.AbandonWithoutRetention);
    }

    [Fact]
    public void Reads_service_cluster_and_wildcard_entries()
    {
        var options = DrainOptionsParser.Parse(Environment("checkout=45m, prod/*=1h30m, arn:aws:ecs:us-east-1:123456789012:cluster/batch/report=20m, *=1h", "ABANDON"));

        var bounds = options.AbandonBounds;
        Assert.Equal(4, bounds.All.Count);
        Assert.Equal(TimeSpan.FromMinutes(20), bounds.Shortest);
        Assert.Equal(AbandonWithoutRetention.Abandon, options.AbandonWithoutRetention);
        Assert.Equal(("checkout", null), (bounds.All[0].Service, bounds.All[0].Cluster?.Text));
        Assert.Equal((null, "prod"), (bounds.All[1].Service, bounds.All[1].Cluster?.Text));
        Assert.Equal("arn:aws:ecs:us-east-1:123456789012:cluster/batch", bounds.All[2].Cluster?.Text);
        Assert.Equal("report", bounds.All[2].Service);
    }

    [Theory]
    [InlineData("checkout", "'checkout': has no '='")]
    [InlineData("checkout=soon", "'checkout=soon': 'soon' is not a duration (use 90s, 15m, 2h, 1h30m or a number of seconds).")]
    [InlineData("checkout=30s", "'checkout=30s': 30s is shorter than one sweep (1m).")]
    [InlineData("checkout=2h", "'checkout=2h': 120m is not shorter than ECS_SCALING_MAX_DRAIN_TIME (120m), which would end the drain first.")]
    [InlineData("prod/=45m", "'prod/=45m': names no service (use * for every service).")]
    [InlineData("/checkout=45m", "'/checkout=45m': names no cluster before '/'.")]
    [InlineData("check out=45m", "'check out=45m': 'check out' is not a service name")]
    [InlineData("staging/checkout=45m", "'staging/checkout=45m': cluster 'staging' is not one of the managed clusters (ECS_SCALING_CLUSTERS: prod, arn:aws:ecs:us-east-1:123456789012:cluster/batch).")]
    [InlineData("checkout=45m, checkout=1h", "'checkout=1h': names the same services as 'checkout=45m'.")]
    [InlineData("prod/*=45m, arn:aws:ecs:us-east-1:123456789012:cluster/prod/*=1h", "names the same services as 'prod/*=45m'.")]
    public void A_bad_entry_is_named_with_what_is_wrong(string bounds, string expected)
    {
        var problem = Problem(bounds);

        Assert.StartsWith(DrainVariables.AbandonAfter + ": '", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_entry_is_reported_at_once_and_a_bad_choice_too()
    {
        var error = Assert.Throws<ConfigurationException>(() => DrainOptionsParser.Parse(Environment("a=1m, b, c=x", "terminate")));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("ECS_SCALING_DRAIN_ABANDON_WITHOUT_RETENTION: 'terminate' is not one of wait, abandon.", error.Problems);
    }

    [Fact]
    public void The_manual_commands_read_the_bounds_too()
    {
        var env = Environment("checkout=45m");
        env.Remove(DrainVariables.AutoScalingGroups);

        Assert.Single(DrainOptionsParser.ParseForManualCommands(env).AbandonBounds.All);
    }
}
