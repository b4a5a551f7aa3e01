using EcsScaling.Core.Metrics;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Tests.Metrics;

public class ClusterMetricsOptionsParserTests
{
    private static Dictionary<string, string?> Environment(string? readTasks, string? clusters = "prod, staging ,prod") => new()
    {
        ["ECS_SCALING_CLUSTERS"] = clusters,
        [ClusterMetricsVariables.ReadTasks] = readTasks,
    };

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    [InlineData("TRUE", true)]
    public void Task_reads_are_on_unless_turned_off(string? value, bool readsTasks)
    {
        var options = ClusterMetricsOptionsParser.Parse(Environment(value));

        Assert.Equal(readsTasks, options.MeasureServiceSpread);
        Assert.Equal(["prod", "staging"], options.Clusters);
    }

    [Fact]
    public void A_bad_value_and_a_missing_cluster_list_are_named_together()
    {
        var error = Assert.Throws<ConfigurationException>(() => ClusterMetricsOptionsParser.Parse(Environment("off", clusters: null)));

        Assert.Equal(
        [
            "ECS_SCALING_METRICS_READ_TASKS: 'off' is not true or false.",
            "ECS_SCALING_CLUSTERS: is required (a comma-separated list of names).",
        ], error.Problems);
    }

    [Fact]
    public void Scale_out_groups_are_cluster_group_pairs_keyed_by_the_configured_cluster()
    {
        var environment = Environment(null, clusters: "prod,arn:aws:ecs:us-east-1:123456789012:cluster/staging");
        environment[ClusterMetricsVariables.ScaleOutGroups] = "prod=prod-asg, staging = staging-asg";

        var options = ClusterMetricsOptionsParser.Parse(environment);

        Assert.Equal("prod-asg", options.ScaleOutGroups["prod"]);
        Assert.Equal("staging-asg", options.ScaleOutGroups["arn:aws:ecs:us-east-1:123456789012:cluster/staging"]);
    }

    [Fact]
    public void Bad_scale_out_pairs_are_each_named()
    {
        var environment = Environment("false", clusters: "prod");
        environment[ClusterMetricsVariables.ScaleOutGroups] = "prod=a,prod=b,other=c,nogroup=";

        var error = Assert.Throws<ConfigurationException>(() => ClusterMetricsOptionsParser.Parse(environment));

        Assert.Equal(
        [
            "ECS_SCALING_SCALE_OUT_GROUPS: cluster 'prod' is given more than one group.",
            "ECS_SCALING_SCALE_OUT_GROUPS: 'other' is not one of ECS_SCALING_CLUSTERS.",
            "ECS_SCALING_SCALE_OUT_GROUPS: 'nogroup=' is not cluster=group.",
            "ECS_SCALING_SCALE_OUT_GROUPS: needs the cluster's tasks, but ECS_SCALING_METRICS_READ_TASKS is false.",
        ], error.Problems);
    }

    [Fact]
    public void Empty_instances_are_given_back_only_when_an_age_in_minutes_is_set_for_the_scale_out_groups()
    {
        var environment = Environment(null, clusters: "prod");
        environment[ClusterMetricsVariables.ScaleOutGroups] = "prod=prod-asg";
        Assert.Null(ClusterMetricsOptionsParser.Parse(environment).ScaleInEmptyAfter);

        environment[ClusterMetricsVariables.ScaleInEmptyMinutes] = "10";
        Assert.Equal(TimeSpan.FromMinutes(10), ClusterMetricsOptionsParser.Parse(environment).ScaleInEmptyAfter);
    }

    [Theory]
    [InlineData("prod=prod-asg", "0", "ECS_SCALING_SCALE_IN_EMPTY_MINUTES: '0'")]
    [InlineData("prod=prod-asg", "5m", "ECS_SCALING_SCALE_IN_EMPTY_MINUTES: '5m'")]
    [InlineData(null, "5", "ECS_SCALING_SCALE_IN_EMPTY_MINUTES: gives back empty instances of the groups in ECS_SCALING_SCALE_OUT_GROUPS, which names none.")]
    public void A_bad_age_or_one_without_a_group_is_named(string? groups, string minutes, string problem)
    {
        var environment = Environment(null, clusters: "prod");
        environment[ClusterMetricsVariables.ScaleOutGroups] = groups;
        environment[ClusterMetricsVariables.ScaleInEmptyMinutes] = minutes;

        var error = Assert.Throws<ConfigurationException>(() => ClusterMetricsOptionsParser.Parse(environment));

        Assert.StartsWith(problem, Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void The_listed_defaults_are_the_defaults()
    {
        var listed = ClusterMetricsVariables.All.Where(v => v.Default is not null).ToDictionary(v => v.Name, v => v.Default);
        listed[ManagedClusters.Variable] = "prod";

        var options = ClusterMetricsOptionsParser.Parse(listed);

        Assert.Equal(new ClusterMetricsOptions().MeasureServiceSpread, options.MeasureServiceSpread);
        Assert.Empty(options.ScaleOutGroups);
        Assert.Null(options.ScaleInEmptyAfter);
        Assert.Equal(4, ClusterMetricsVariables.All.Select(v => v.Name).Distinct().Count());
    }
}
