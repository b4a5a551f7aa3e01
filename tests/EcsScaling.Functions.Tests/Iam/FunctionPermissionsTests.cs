using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Tests.Fakes;
using EcsScaling.Functions.ClusterMetrics;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Ops;
using EcsScaling.Functions.ParseEvent;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Functions.Tests.Deployment;
using EcsScaling.Functions.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace EcsScaling.Functions.Tests.Iam;

/// <summary>
/// Runs every registered function over the events/ samples it is meant for, against the in-memory
/// fakes behind a recording GatewaySet, and checks that each gateway method it called is declared
/// in FunctionPermissions (so the role derived from it is enough).
/// </summary>
public class FunctionPermissionsTests(ITestOutputHelper output)
{
    private const string Group = "ecs-ec2-capacity";
    private const string ClusterArn = "arn:aws:ecs:us-east-1:123456789012:cluster/prod";
    private const string Alarm = "ecs-scaling-task-imbalance";
    private const string Sweep = "scheduled-event.json";

    // The ids the samples carry: terminate (EventBridge and SNS), launch, Spot and rebalance recommendation.
    private static readonly string[] SampleInstances = ["i-0a1b2c3d4e5f60718", "i-0123456789abcdef0", "i-0f9e8d7c6b5a40312", "i-0b2c3d4e5f6a70819"];

    private static readonly string[] AlarmSamples = ["alarm-state-change.eventbridge.json", "alarm-state-change.sns.json", "scheduled-event.json"];

    /// <summary>Which samples each function is subscribed to in template.yaml.</summary>
    private static readonly Dictionary<string, string[]> SamplesFor = new(StringComparer.Ordinal)
    {
        [ParseEventFunction.Name] = [.. Directory.GetFiles(Samples.Directory, "*.json").Where(f => !Path.GetFileName(f).StartsWith("ops-", StringComparison.Ordinal)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!],
        [DrainFunction.Name] =
        [
            "lifecycle-terminate.eventbridge.json", "lifecycle-terminate.sns.json", "lifecycle-terminate-warmpool.eventbridge.json",
            "lifecycle-launch.eventbridge.json", "lifecycle-launch.sns.json", "sns-test-notification.json",
            "ecs-container-instance-state-change.json", "ecs-container-instance-state-change.sns.json", "ecs-task-state-change.json",
            "spot-interruption-warning.json", "rebalance-recommendation.json", "scheduled-event.json",
        ],
        [PoliciesFunction.Name] = AlarmSamples,
        [RebalanceFunction.Name] = AlarmSamples,
        [ClusterMetricsFunction.Name] = ["scheduled-event.json"],
        [OpsFunction.FunctionName] = [.. Directory.GetFiles(Samples.Directory, "ops-*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!],
    };

    private static readonly Dictionary<string, string?> Environment = new(StringComparer.Ordinal)
    {
        ["ECS_SCALING_CLUSTERS"] = "prod",
        ["ECS_SCALING_ASG_NAMES"] = Group,
        ["ECS_SCALING_TERMINATE_HOOK_NAMES"] = "ecs-scaling-drain",
        ["ECS_SCALING_LAUNCH_HOOK_NAMES"] = "ecs-scaling-launch",
        ["ECS_SCALING_REBALANCE_RECOMMENDATION"] = "drain",
        ["ECS_SCALING_SCALE_IN_PROTECTION_ASG_NAMES"] = Group,
        ["ECS_SCALING_POLICY_MODE"] = "fix",
        ["ECS_SCALING_POLICY_ALARM_PROFILES"] = $"{Alarm}=surge",
        ["ECS_SCALING_POLICY_STATE_CLUSTER_ARN"] = ClusterArn,
        ["ECS_SCALING_REBALANCE_ALARM_NAMES"] = Alarm,
        ["ECS_SCALING_REBALANCE_START_ON_SCHEDULE"] = "true",
    };

    public static TheoryData<string> DeclaredFunctions => [.. FunctionCatalog.Permissions.Methods.Keys];

    [SkippableTheory]
    [MemberData(nameof(DeclaredFunctions))]
    public async Task Every_gateway_method_a_function_calls_is_declared(string function)
    {
        Skip.IfNot(TemplateSyncTests.Registered.Contains(function), $"'{function}' is not registered in FunctionCatalog yet");
        Skip.IfNot(SamplesFor.TryGetValue(function, out var samples), $"'{function}' takes manual JSON commands; no sample drives it here");

        var called = await RunAsync(function, samples);

        var undeclared = called.Except(FunctionCatalog.Permissions.Methods[function]).Order(StringComparer.Ordinal).ToList();
        output.WriteLine($"{function} called: {string.Join(", ", called.Order(StringComparer.Ordinal))}");
        output.WriteLine($"{function} declared but not exercised: {string.Join(", ", FunctionCatalog.Permissions.Methods[function].Except(called).Order(StringComparer.Ordinal))}");
        Assert.True(undeclared.Count == 0, $"{function} called undeclared gateway methods: {string.Join(", ", undeclared)}");
    }

    [Fact]
    public async Task Functions_that_need_aws_are_really_exercised()
    {
        Assert.NotEmpty(await RunAsync(DrainFunction.Name, SamplesFor[DrainFunction.Name]));
        Assert.NotEmpty(await RunAsync(PoliciesFunction.Name, SamplesFor[PoliciesFunction.Name]));
    }

    [Fact]
    public async Task Parse_event_calls_nothing()
    {
        Assert.Empty(await RunAsync(ParseEventFunction.Name, SamplesFor[ParseEventFunction.Name]));
    }

    private static async Task<IReadOnlySet<string>> RunAsync(string function, IReadOnlyList<string> samples)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 16, 0, TimeSpan.Zero));
        var recording = new RecordingGateways(World(time));
        var telemetry = new CapturingTelemetry();
        var lambda = FunctionCatalog.Create(recording.Gateways, time, telemetry, Environment).Resolve(function);
        await InvokeAllAsync(lambda, samples, time, telemetry);
        if (samples.Contains(Sweep))
        {
            // The sweeper's tick once more, 58 minutes on: the standalone grace has passed and the hook (1 h) is due a heartbeat.
            time.Advance(TimeSpan.FromMinutes(58));
            await InvokeAllAsync(lambda, [Sweep], time, telemetry);
        }

        return recording.Methods;
    }

    private static async Task InvokeAllAsync(ILambdaFunction lambda, IReadOnlyList<string> samples, TimeProvider time, ITelemetry telemetry)
    {
        foreach (var sample in samples)
        {
            var context = new LambdaContext(new Invocation(sample, DateTimeOffset.MaxValue, "arn", null, default), lambda.Name, time, telemetry);
            try
            {
                await lambda.InvokeAsync(Samples.Bytes(sample), context, CancellationToken.None);
            }
            catch (Exception e) when (e is not AwsCallException)
            {
                // A refused event (e.g. a foreign hook) still counts: what it called before refusing is recorded.
            }
        }
    }

    /// <summary>One cluster "prod" and the group of the samples, with every sample instance busy.</summary>
    private static GatewaySet World(TimeProvider time)
    {
        var ecs = new FakeEcs();
        var autoScaling = new FakeAutoScaling();
        var cloudWatch = new FakeCloudWatch();
        var policies = new FakeScalingPolicies();
        ecs.Clusters[ClusterArn] = new Cluster(ClusterArn, "prod", "ACTIVE", SampleInstances.Length + 1, 0, 0, new Dictionary<string, string>());
        ecs.AddService(Build.Service("web", desired: SampleInstances.Length));
        autoScaling.AddGroup(Group);
        autoScaling.AddHook(Group, "ecs-scaling-drain", LifecycleTransition.Terminating);
        autoScaling.AddHook(Group, "ecs-scaling-launch", LifecycleTransition.Launching);
        foreach (var id in SampleInstances)
        {
            autoScaling.AddInstance(id, Group);
            var instance = ecs.AddInstance(Build.Instance(id));
            ecs.AddTask(Build.Task($"web-{id}", instance, startedAt: time.GetUtcNow().AddHours(-1)));
            ecs.AddTask(Build.Task($"job-{id}", instance, group: "family:job", startedAt: time.GetUtcNow().AddHours(-1)));
        }

        ecs.AddInstance(Build.Instance("i-0emptyemptyempty0"));
        autoScaling.StartLifecycleAction(SampleInstances[0], LifecycleTransition.Terminating);
        autoScaling.StartLifecycleAction(SampleInstances[1], LifecycleTransition.Terminating);
        autoScaling.StartLifecycleAction(SampleInstances[2], LifecycleTransition.Launching);
        cloudWatch.SetAlarm(Alarm, "ALARM", time.GetUtcNow().AddMinutes(-1));
        policies.AddGroup("prod-ecs-asg", 1, 10);
        return new GatewaySet(ecs, autoScaling, new FakeLoadBalancing(), policies, cloudWatch);
    }
}
