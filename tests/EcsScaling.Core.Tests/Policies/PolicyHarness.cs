using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Core.Tests.Policies;

/// <summary>Fakes, clock, telemetry and a coordinator over them, for the policy tests.</summary>
public sealed class PolicyHarness
{
    public const string ClusterArn = "arn:aws:ecs:us-east-1:123456789012:cluster/prod";
    public const string SurgeAlarm = "prod-web-latency-high";

    /// <summary>A small document: one service with a CPU policy, one group, a surge profile.</summary>
    public const string SampleDocument = """
        {
          "services": [ { "cluster": "prod", "service": "web", "minCapacity": 2, "maxCapacity": 20,
            "policies": [ { "name": "cpu", "metric": "ECSServiceAverageCPUUtilization", "targetValue": 60 } ] } ],
          "autoScalingGroups": [ { "name": "prod-asg", "policies": [ { "name": "reservation",
            "customizedMetric": { "namespace": "AWS/ECS", "metricName": "CPUReservation", "statistic": "Average",
              "dimensions": [ { "name": "ClusterName", "value": "prod" }, { "name": "Zone", "value": "a" } ] }, "targetValue": 75 } ] } ],
          "profiles": { "surge": { "services": [ { "cluster": "prod", "service": "web", "minCapacity": 6,
            "policies": [ { "name": "cpu", "targetValue": 40 } ] } ] } }
        }
        """;

    public PolicyHarness(string document = SampleDocument, PolicyMode mode = PolicyMode.Fix, int holdSeconds = 600)
    {
        Document = PolicyDocument.Load(document);
        Policies.AddGroup("prod-asg", 1, 10);
        Options = PolicyOptionsParser.Parse(new Dictionary<string, string?>
        {
            [PolicyVariables.Mode] = mode.ToString().ToLowerInvariant(),
            [PolicyVariables.AlarmProfiles] = $"{SurgeAlarm}=surge",
            [PolicyVariables.StateCluster] = ClusterArn,
            [PolicyVariables.RestoreHoldSeconds] = holdSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public FakeEcs Ecs { get; } = new();

    public FakeScalingPolicies Policies { get; } = new();

    public FakeCloudWatch CloudWatch { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero));

    public CapturingTelemetry Telemetry { get; } = new();

    public PolicyDocument Document { get; }

    public PolicyOptions Options { get; set; }

    /// <summary>Policies never use the ASG or ELB gateways: null makes any use fail loudly.</summary>
    public GatewaySet Gateways => new(Ecs, null!, null!, Policies, CloudWatch);

    public int MutatingCalls => Ecs.Calls.Mutating + Policies.Calls.Mutating + CloudWatch.Calls.Mutating;

    public PolicyCoordinator Coordinator() => new(Gateways, Options, Document, Time, Telemetry);

    public string? ActiveProfileTag => Ecs.Tags.GetValueOrDefault(ClusterArn)?.GetValueOrDefault(EcsScaling.Core.Policies.Profiles.ActiveProfile.NameTag);
}
