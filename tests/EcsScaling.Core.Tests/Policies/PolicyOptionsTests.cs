using EcsScaling.Core.Configuration;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies;

public class PolicyOptionsTests
{
    [Fact]
    public void Defaults_are_safe_report_mode_and_our_prefix()
    {
        var options = PolicyOptions.FromEnvironment(new Dictionary<string, string?>());

        Assert.Equal(new PolicyOptions("policies/policies.json", PolicyMode.Report, [], TimeSpan.FromMinutes(15), null, "ecs-scaling-"),
            options with { AlarmProfiles = [] });
        Assert.Empty(options.AlarmProfiles);
    }

    [Fact]
    public void Every_variable_is_read()
    {
        var options = PolicyOptions.FromEnvironment(new Dictionary<string, string?>
        {
            [PolicyOptions.DocumentVariable] = "/var/task/policies.json",
            [PolicyOptions.ModeVariable] = "fix",
            [PolicyOptions.AlarmProfilesVariable] = "prod-latency=high=surge, prod-cpu = warm",
            [PolicyOptions.RestoreHoldVariable] = "120",
            [PolicyOptions.StateClusterVariable] = PolicyHarness.ClusterArn,
            [PolicyOptions.NamePrefixVariable] = "team-a-",
        });

        Assert.Equal(("/var/task/policies.json", PolicyMode.Fix, TimeSpan.FromMinutes(2), PolicyHarness.ClusterArn, "team-a-"),
            (options.DocumentPath, options.Mode, options.RestoreHold, options.StateClusterArn, options.NamePrefix));
        Assert.Equal([new AlarmProfile("prod-latency=high", "surge"), new AlarmProfile("prod-cpu", "warm")], options.AlarmProfiles);
    }

    [Fact]
    public void Every_bad_variable_is_reported_by_name()
    {
        var error = Assert.Throws<ConfigurationException>(() => PolicyOptions.FromEnvironment(new Dictionary<string, string?>
        {
            [PolicyOptions.ModeVariable] = "repair",
            [PolicyOptions.RestoreHoldVariable] = "10m",
            [PolicyOptions.AlarmProfilesVariable] = "a=surge,broken,a=warm",
            [PolicyOptions.NamePrefixVariable] = "x",
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
        var error = Assert.Throws<ConfigurationException>(() => PolicyOptions.FromEnvironment(new Dictionary<string, string?> { [PolicyOptions.StateClusterVariable] = "prod" }));

        Assert.StartsWith("ECS_SCALING_POLICY_STATE_CLUSTER_ARN: 'prod' is not an ECS cluster ARN", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void An_alarm_mapped_to_a_profile_the_document_lacks_is_rejected()
    {
        var options = new PolicyOptions("p", PolicyMode.Report, [new AlarmProfile("a", "surgee")], TimeSpan.Zero, PolicyHarness.ClusterArn, "ecs-scaling-");

        var error = Assert.Throws<PolicyValidationException>(() => options.CheckAgainst(PolicyDocument.Load(PolicyHarness.SampleDocument)));

        Assert.Equal("ECS_SCALING_POLICY_ALARM_PROFILES: alarm 'a' maps to unknown profile 'surgee'; the document defines normal, surge", error.Message);
    }

    [Fact]
    public void The_variable_list_names_every_variable_once()
    {
        Assert.Equal(6, PolicyOptions.Variables.Select(v => v.Name).Distinct().Count());
        Assert.All(PolicyOptions.Variables, v => Assert.StartsWith("ECS_SCALING_POLICY_", v.Name, StringComparison.Ordinal));
    }
}
