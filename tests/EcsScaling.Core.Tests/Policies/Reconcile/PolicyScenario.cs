using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Reconcile;
using EcsScaling.Core.Tests.Fakes;
using FsCheck;
using FsCheck.Fluent;

namespace EcsScaling.Core.Tests.Policies.Reconcile;

/// <summary>
/// A document (Desired) and an AWS state (Existing) that overlap at random: targets absent, equal
/// or different; document policies absent, equal or changed; stale policies we own; foreign
/// policies, including names that only nearly carry our prefix.
/// </summary>
public sealed record PolicyScenario(IReadOnlyList<DesiredResource> Desired, IReadOnlyList<ScalableTarget> ExistingTargets, IReadOnlyList<TargetTrackingPolicy> ExistingPolicies)
{
    public const string Prefix = "ecs-scaling-";

    public FakeScalingPolicies Seed()
    {
        var fake = new FakeScalingPolicies();
        foreach (var target in ExistingTargets)
        {
            fake.Targets[target.Resource] = target;
        }

        foreach (var policy in ExistingPolicies)
        {
            fake.Seed(policy);
        }

        return fake;
    }

    public override string ToString() =>
        string.Join("; ", Desired.Select(d => $"{d.Resource.Id} want [{string.Join(",", d.Policies.Select(p => $"{p.Name}={p.Configuration.TargetValue}"))}]"))
        + " | have " + string.Join(",", ExistingPolicies.Select(p => $"{p.Resource.Id}:{p.PolicyName}={p.Configuration.TargetValue}"));
}

public static class PolicyScenarioArbitrary
{
    private static readonly string[] Names = ["cpu", "memory", "requests"];
    private static readonly string[] ForeignNames = ["console-made", "ecs-scaling", "team-x-ecs-scaling-cpu"];

    public static Arbitrary<PolicyScenario> Scenarios() =>
        (from serviceCount in Gen.Choose(0, 3)
         from services in Gen.ArrayOf(Side(ScalableResourceKind.EcsService), serviceCount)
         from withGroup in Gen.Elements(false, true)
         from asg in Side(ScalableResourceKind.AutoScalingGroup)
         let sides = services.Select((s, i) => s($"service/prod/svc{i}")).Concat(withGroup ? [asg("prod-asg")] : []).ToList()
         select new PolicyScenario([.. sides.Select(s => s.Desired)], [.. sides.SelectMany(s => s.Targets)], [.. sides.SelectMany(s => s.Policies)]))
        .ToArbitrary();

    private sealed record ResourceSide(DesiredResource Desired, IReadOnlyList<ScalableTarget> Targets, IReadOnlyList<TargetTrackingPolicy> Policies);

    private static Gen<Func<string, ResourceSide>> Side(ScalableResourceKind kind) =>
        from names in Gen.SubListOf(Names)
        from wanted in Gen.ArrayOf(Configuration(kind), names.Count)
        from states in Gen.ArrayOf(Gen.Choose(0, 2), names.Count)
        from changed in Gen.ArrayOf(Configuration(kind), names.Count)
        from min in Gen.Choose(0, 5)
        from span in Gen.Choose(0, 20)
        from targetState in Gen.Choose(0, 2)
        from stale in Gen.SubListOf(new[] { "old-a", "old-b" })
        from foreign in Gen.SubListOf(ForeignNames)
        from others in Gen.ArrayOf(Configuration(kind), 5)
        select (Func<string, ResourceSide>)(id =>
        {
            var resource = new ScalableResource(kind, id);
            var isService = kind == ScalableResourceKind.EcsService;
            var target = new ScalableTarget(resource, min, min + span);
            var existingTarget = !isService ? new ScalableTarget(resource, 1, 10) : targetState switch { 0 => null, 1 => target, _ => target with { MaxCapacity = target.MaxCapacity + 1 } };
            var policies = names.Select((n, i) => states[i] switch
                {
                    0 => null,
                    1 => new TargetTrackingPolicy(resource, Prefix + n, wanted[i]),
                    _ => new TargetTrackingPolicy(resource, Prefix + n, changed[i]),
                })
                .OfType<TargetTrackingPolicy>()
                .Concat(stale.Select((n, i) => new TargetTrackingPolicy(resource, Prefix + n, others[i])))
                .Concat(foreign.Select((n, i) => new TargetTrackingPolicy(resource, n, others[2 + i])));
            return new ResourceSide(
                new DesiredResource(resource, isService ? target : null, [.. names.Select((n, i) => new PolicySpec(n, wanted[i]))]),
                existingTarget is null ? [] : [existingTarget],
                [.. policies]);
        });

    private static string Prefix => PolicyScenario.Prefix;

    private static Gen<TargetTrackingConfiguration> Configuration(ScalableResourceKind kind) =>
        from metric in Gen.Elements(kind == ScalableResourceKind.EcsService
            ? new[] { "ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization", "ALBRequestCountPerTarget", "custom" }
            : ["ASGAverageCPUUtilization", "custom"])
        from thousandths in Gen.Choose(1, 100_000)
        from scaleIn in Gen.Elements<int?>(null, 60, 300)
        from scaleOut in Gen.Elements<int?>(null, 30, 300)
        from disableScaleIn in Gen.Elements(false, true)
        from zone in Gen.Elements("a", "b")
        let isService = kind == ScalableResourceKind.EcsService
        select new TargetTrackingConfiguration(
            thousandths / 1000.0 / 3,
            metric == "custom" ? null : metric,
            metric == "ALBRequestCountPerTarget" ? "app/lb/1/targetgroup/tg/2" : null,
            metric == "custom" ? new CustomizedMetric("AWS/ECS", "CPUReservation", [new("ClusterName", "prod"), new("Zone", zone)], "Average", null) : null,
            isService ? scaleIn : null,
            isService ? scaleOut : null,
            disableScaleIn);
}
