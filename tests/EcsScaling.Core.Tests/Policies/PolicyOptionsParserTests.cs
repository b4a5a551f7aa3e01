using EcsScaling.Core.Configuration;
using EcsScaling.Core.Policies;

namespace EcsScaling.Core.Tests.Policies;

public class PolicyOptionsParserTests
{
    [Fact]
    public void Defaults_are_safe_report_mode_and_our_prefix()
    {
        var options = PolicyOptionsParser.Parse(new Dictionary<string, string?>());

        Assert.Equal(new PolicyOptions("policies/policies.json", PolicyMode.Report, [], TimeSpan.FromMinutes(15), null, "ecs-scaling-"),
            options with { AlarmProfiles = [] });
        Assert.Empty(options.AlarmProfiles);
    }

    [Fact]
    public void Every_variable_is_read()
    {
        var options = PolicyOptionsParser.Parse(new Dictionary<string, string?>
        {
            [PolicyVariables.Document] = "/var/task/policies.json",
            [PolicyVariables.Mode] = "fix",
            [PolicyVariables.AlarmProfiles] = "prod-latency=high=surge, prod-cpu = warm",
            [PolicyVariables.RestoreHoldSeconds] = "120",
            [PolicyVariables.StateCluster] = PolicyHarness.ClusterArn,
            [PolicyVariables.NamePrefix] = "team-a-",
        });

        Assert.Equal(("/var/task/policies.json", PolicyMode.Fix, TimeSpan.FromMinutes(2), PolicyHarness.ClusterArn, "team-a-"),
            (options.DocumentPath, options.Mode, options.RestoreHold, options.StateClusterArn, options.NamePrefix));
        Assert.Equal([new AlarmProfile("prod-latency=high", "surge"), new AlarmProfile("prod-cpu", "warm")], options.AlarmProfiles);
    }

    [Fact]
    public void Every_bad_variable_is_reported_by_name()
    {
        var error = Assert.Throws<ConfigurationException>(() => PolicyOptionsParser.Parse(new Dictionary<string, string?>
        {
            [PolicyVariables.Mode] = "repair",
            [PolicyVariables.RestoreHoldSeconds] = "10m",
            [PolicyVariables.AlarmProfiles] = "a=surge,broken,a=warm",
            [PolicyVariables.NamePrefix] = "x",
        }));

        Assert.Equal(
        [
            "ECS_SCALING_POLICY_MODE: 'repair' is not one of report, fix.",
            "ECS_SCALING_POLICY_RESTORE_HOLD_SECONDS: '10m' is not a whole number ≥ 0.",
            "ECS_SCALING_POLICY_ALARM_PROFILES: 'broken' is not alarm=profile.",
            "ECS_SCALING_POLICY_ALARM_PROFILES: alarm 'a' is listed twice.",
            "ECS_SCALING_POLICY_STATE_CLUSTER_ARN: required when ECS_SCALING_POLICY_ALARM_PROFILES is set (the active profile is kept in the cluster's tags).",
            "ECS_SCALING_POLICY_NAME_PREFIX: 'x' is not 3 to 50 letters, digits, '.', '_' or '-' (every policy with this prefix may be deleted).",
        ], error.Problems);
    }

    [Fact]
    public void A_cluster_name_instead_of_an_ARN_is_rejected()
    {
        var error = Assert.Throws<ConfigurationException>(() => PolicyOptionsParser.Parse(new Dictionary<string, string?> { [PolicyVariables.StateCluster] = "prod" }));

        Assert.StartsWith("ECS_SCALING_POLICY_STATE_CLUSTER_ARN: 'prod' is not an ECS cluster ARN", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void The_variable_list_names_every_variable_once()
    {
        Assert.Equal(6, PolicyVariables.All.Select(v => v.Name).Distinct().Count());
        Assert.All(PolicyVariables.All, v => Assert.StartsWith("ECS_SCALING_POLICY_", v.Name, StringComparison.Ordinal));
    }

}
