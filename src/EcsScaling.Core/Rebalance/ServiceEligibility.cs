using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>Why a service is left alone, or null when its tasks may be moved.</summary>
public static class ServiceEligibility
{
    public static string? WhyNot(EcsService service, SpreadRule? rule, string? unsupportedStrategy)
    {
        if (service.IsDaemon)
        {
            return "DAEMON service: one task per instance by design";
        }

        if (IsOptedOut(service))
        {
            return $"opted out by tag {RebalanceOptions.OptOutTagKey}={service.Tags[RebalanceOptions.OptOutTagKey]}";
        }

        if (service.IsDeploying)
        {
            return $"deployment in progress ({service.ActiveDeployments} deployments)";
        }

        return rule is null ? unsupportedStrategy : null;
    }

    public static bool IsOptedOut(EcsService service) =>
        service.Tags.TryGetValue(RebalanceOptions.OptOutTagKey, out var optOut) && string.Equals(optOut, RebalanceOptions.OptOutTagValue, StringComparison.OrdinalIgnoreCase);
}
