using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Policies;

/// <summary>The environment variables of the policies function, for README and template.yaml (copy from <see cref="All"/>).</summary>
public static class PolicyVariables
{
    public const string Document = "ECS_SCALING_POLICY_DOCUMENT";
    public const string Mode = "ECS_SCALING_POLICY_MODE";
    public const string AlarmProfiles = "ECS_SCALING_POLICY_ALARM_PROFILES";
    public const string RestoreHoldSeconds = "ECS_SCALING_POLICY_RESTORE_HOLD_SECONDS";
    public const string StateCluster = "ECS_SCALING_POLICY_STATE_CLUSTER_ARN";
    public const string NamePrefix = "ECS_SCALING_POLICY_NAME_PREFIX";

    public static IReadOnlyList<ConfigurationVariable> All { get; } =
    [
        new(Document, "policies/policies.json", "path of the policy document"),
        new(Mode, "report", "report | fix: what a scheduled run does with drift"),
        new(AlarmProfiles, null, "alarm=profile pairs, comma-separated, first has priority (e.g. prod-cpu-high=surge)"),
        new(RestoreHoldSeconds, "900", "seconds the alarms must stay OK before normal is restored"),
        new(StateCluster, null, "ARN of the ECS cluster whose tags hold the active profile (required with alarm profiles)"),
        new(NamePrefix, "ecs-scaling-", "prefix of the policies this tool owns and may delete"),
    ];
}
