using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.ApplicationAutoScaling.ApplicationAutoScalingOperations;

namespace EcsScaling.Aws.ApplicationAutoScaling;

/// <summary>Scalable targets and target-tracking policies of ECS services through Application Auto Scaling.</summary>
public sealed class EcsServiceScaling(IAwsCaller aws)
{
    public const string Namespace = "ecs";
    public const string Dimension = "ecs:service:DesiredCount";
    private const string TargetTracking = "TargetTrackingScaling";
    private const int ResourceIdsPerCall = 50;

    public async Task<IReadOnlyList<ScalableTarget>> DescribeTargetsAsync(IReadOnlyList<string> resourceIds, CancellationToken cancellationToken)
    {
        var targets = new List<ScalableTarget>();
        foreach (var batch in resourceIds.Distinct().Chunk(ResourceIdsPerCall))
        {
            targets.AddRange(await Paging.CollectAsync<ScalableTarget>(async token =>
            {
                var page = await aws.CallAsync(Op.DescribeScalableTargets, new DescribeScalableTargetsRequest(Namespace, [.. batch], Dimension, token), cancellationToken).ConfigureAwait(false);
                return (page.ScalableTargets?.Select(t => new ScalableTarget(new ScalableResource(ScalableResourceKind.EcsService, t.ResourceId), t.MinCapacity, t.MaxCapacity)), page.NextToken);
            }).ConfigureAwait(false));
        }

        return targets;
    }

    public Task RegisterTargetAsync(ScalableTarget target, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.RegisterScalableTarget, new RegisterScalableTargetRequest(Namespace, target.Resource.Id, Dimension, target.MinCapacity, target.MaxCapacity), cancellationToken);

    public async Task<IReadOnlyList<TargetTrackingPolicy>> DescribePoliciesAsync(string resourceId, CancellationToken cancellationToken) =>
        await Paging.CollectAsync<TargetTrackingPolicy>(async token =>
        {
            var page = await aws.CallAsync(Op.DescribeScalingPolicies, new DescribeScalingPoliciesRequest(Namespace, resourceId, Dimension, token), cancellationToken).ConfigureAwait(false);
            return (page.ScalingPolicies?.Where(p => p.PolicyType == TargetTracking && p.TargetTrackingScalingPolicyConfiguration is not null).Select(ToPolicy), page.NextToken);
        }).ConfigureAwait(false);

    public Task PutPolicyAsync(TargetTrackingPolicy policy, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.PutScalingPolicy, new PutScalingPolicyRequest(policy.PolicyName, Namespace, policy.Resource.Id, Dimension, TargetTracking, ToWire(policy.Configuration)), cancellationToken);

    public Task DeletePolicyAsync(string resourceId, string policyName, CancellationToken cancellationToken) =>
        aws.CallAsync(Op.DeleteScalingPolicy, new DeleteScalingPolicyRequest(policyName, Namespace, resourceId, Dimension), cancellationToken);

    private static AasTargetTracking ToWire(TargetTrackingConfiguration c) => new(
        c.TargetValue,
        c.PredefinedMetricType is null ? null : new AasPredefinedMetric(c.PredefinedMetricType, c.ResourceLabel),
        c.CustomizedMetric is { } m ? new AasCustomizedMetric(m.MetricName, m.Namespace, Dimensions(m), m.Statistic, m.Unit, null)
            : c.MetricMath is { } math ? new AasCustomizedMetric(null, null, null, null, null, [.. math.Select(ToWire)])
            : null,
        c.ScaleOutCooldownSeconds,
        c.ScaleInCooldownSeconds,
        c.DisableScaleIn);

    private static AasMetricQuery ToWire(MetricQuery q) =>
        new(q.Id, q.Expression, q.Label, q.Metric is { } m ? new AasMetricStat(new AasMetric(Dimensions(m), m.MetricName, m.Namespace), m.Statistic, m.Unit) : null, q.ReturnData);

    private static List<AasDimension> Dimensions(CustomizedMetric m) => [.. m.Dimensions.Select(d => new AasDimension(d.Name, d.Value))];

    private static List<MetricDimension> Dimensions(List<AasDimension>? dimensions) => [.. (dimensions ?? []).Select(d => new MetricDimension(d.Name, d.Value))];

    /// <summary>ReturnData left out reads as AWS's default, true.</summary>
    private static MetricQuery ToQuery(AasMetricQuery q) => new(
        q.Id,
        q.Expression,
        q.MetricStat is { } s ? new CustomizedMetric(s.Metric.Namespace, s.Metric.MetricName, Dimensions(s.Metric.Dimensions), s.Stat, s.Unit) : null,
        q.Label,
        q.ReturnData ?? true);

    private static TargetTrackingPolicy ToPolicy(AasPolicy p)
    {
        var c = p.TargetTrackingScalingPolicyConfiguration!;
        var custom = c.CustomizedMetricSpecification;
        return new TargetTrackingPolicy(
            new ScalableResource(ScalableResourceKind.EcsService, p.ResourceId),
            p.PolicyName,
            new TargetTrackingConfiguration(
                c.TargetValue,
                c.PredefinedMetricSpecification?.PredefinedMetricType,
                c.PredefinedMetricSpecification?.ResourceLabel,
                custom is null || custom.Metrics is not null ? null : new CustomizedMetric(custom.Namespace ?? string.Empty, custom.MetricName ?? string.Empty, Dimensions(custom.Dimensions), custom.Statistic ?? string.Empty, custom.Unit),
                c.ScaleInCooldown,
                c.ScaleOutCooldown,
                c.DisableScaleIn ?? false,
                custom?.Metrics is { } metrics ? [.. metrics.Select(ToQuery)] : null));
    }
}
