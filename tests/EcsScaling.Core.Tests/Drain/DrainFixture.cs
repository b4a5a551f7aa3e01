using EcsScaling.Core.Clusters;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Events;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Core.Tests.Drain;

/// <summary>One cluster ("prod"), one Auto Scaling group with our terminate and launch hooks, and the fakes behind them.</summary>
public sealed class DrainFixture
{
    public const string Group = "asg-prod";
    public const string Hook = "ecs-scaling-drain";
    public const string LaunchHook = "ecs-scaling-launch";
    public const string ForeignGroup = "asg-other";

    public static readonly DateTimeOffset Start = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    public DrainFixture(params (string Name, string Value)[] environment)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ManagedClusters.Variable] = "prod",
            [DrainVariables.AutoScalingGroups] = Group,
            [DrainVariables.TerminateHooks] = Hook,
            [DrainVariables.LaunchHooks] = LaunchHook,
        };
        foreach (var (name, value) in environment)
        {
            env[name] = value;
        }

        Options = DrainOptionsParser.Parse(env);
        AutoScaling.AddGroup(Group);
        AutoScaling.AddGroup(ForeignGroup);
        AutoScaling.AddHook(Group, Hook, LifecycleTransition.Terminating);
        AutoScaling.AddHook(Group, LaunchHook, LifecycleTransition.Launching);
        AutoScaling.AddHook(Group, DrainOptions.EcsManagedHookName, LifecycleTransition.Terminating);
    }

    public FakeEcs Ecs { get; } = new();

    public FakeAutoScaling AutoScaling { get; } = new();

    public FakeLoadBalancing LoadBalancing { get; } = new();

    public WaitAwareTimeProvider Time { get; } = new(Start);

    public CapturingTelemetry Telemetry { get; } = new();

    public DrainOptions Options { get; }

    public GatewaySet Gateways => new(Ecs, AutoScaling, LoadBalancing, new UnusedGateways(), new UnusedGateways());

    public DrainCoordinator Coordinator => new(Gateways, Options, Time, Telemetry);

    public int MutatingCalls => Ecs.Calls.Mutating + AutoScaling.Calls.Mutating + LoadBalancing.Calls.Mutating;

    public int TotalCalls => Ecs.Calls.Total + AutoScaling.Calls.Total + LoadBalancing.Calls.Total;

    public static EventOrigin Origin => new(EventTransport.EventBridge, "test", "event-1", Start, "us-east-1", "123456789012");

    public ContainerInstance AddInstance(string ec2Id, ContainerInstanceStatus status = ContainerInstanceStatus.Active, string group = Group, string lifecycleState = LifecycleStates.InService)
    {
        AutoScaling.AddInstance(ec2Id, group, lifecycleState);
        return Ecs.AddInstance(Build.Instance(ec2Id, status));
    }

    /// <summary>The group's desired capacity, as its scaling policy or a user set it.</summary>
    public void SetDesiredCapacity(int desired, string group = Group) =>
        AutoScaling.Groups[group] = AutoScaling.Groups[group] with { DesiredCapacity = desired };

    public ContainerInstance Instance(string ec2Id) => Ecs.Instances.Values.Single(i => i.Ec2InstanceId == ec2Id);

    /// <summary>ASG starts terminating the instance; returns the event our hook sends.</summary>
    public LifecycleActionEvent Terminate(string ec2Id, string hook = Hook, string group = Group)
    {
        AutoScaling.StartLifecycleAction(ec2Id, LifecycleTransition.Terminating);
        return new LifecycleActionEvent(Origin, LifecycleTransition.Terminating, new LifecycleActionRef(group, hook, ec2Id, "token-1"), null, null, null);
    }

    /// <summary>What ECS does to a task on a DRAINING instance, all the way to STOPPED.</summary>
    public void StopAll(ContainerInstance instance, Func<EcsTask, bool>? which = null)
    {
        foreach (var task in Ecs.Tasks.Values.Where(t => t.ContainerInstanceArn == instance.Arn && (which?.Invoke(t) ?? true)).ToArray())
        {
            Ecs.Tasks[task.Arn] = task with { LastStatus = EcsTaskStatus.Stopped, DesiredStatus = EcsTaskStatus.Stopped };
        }
    }

    public ContainerInstanceStateChanged DrainingEvent(ContainerInstance instance, int runningTasks = 0) =>
        new(Origin, instance.ClusterArn, instance.Arn, instance.Ec2InstanceId, ContainerInstanceStatus.Draining, true, runningTasks);

    /// <summary>The event as ECS sends it: the container instance's attributes and resources as they are now.</summary>
    public ContainerInstanceStateChanged CarriedEvent(ContainerInstance instance)
    {
        var now = Ecs.Instances[instance.Arn];
        return DrainingEvent(now) with { Attributes = now.Attributes, RegisteredResources = now.Registered, RemainingResources = now.Remaining };
    }

    public ScheduledTick Tick => new(Origin);

    public Task<DrainResult> HandleAsync(ScalingEvent e, bool dryRun = false) => Coordinator.HandleAsync(e, dryRun, CancellationToken.None);

    /// <summary>Moves the fake clock while the work waits on it (pacing, backoff); see <see cref="WaitAwareTimeProvider.AdvanceWhileWaitingAsync"/>.</summary>
    public async Task<T> WhileTheClockRunsAsync<T>(Task<T> work, TimeSpan step, TimeSpan limit)
    {
        await Time.AdvanceWhileWaitingAsync(work, step, limit);
        return await work;
    }

    public static AwsCallException Throttled(string service, string operation) =>
        new(service, operation, "ThrottlingException", "Rate exceeded", "req-1", 400);

    /// <summary>Drain never touches scaling policies or CloudWatch: any call is a bug.</summary>
    private sealed class UnusedGateways : IScalingPolicyGateway, ICloudWatchGateway
    {
        public Task<IReadOnlyList<ScalableTarget>> DescribeScalableTargetsAsync(IReadOnlyList<ScalableResource> resources, CancellationToken cancellationToken) => throw Unexpected();

        public Task RegisterScalableTargetAsync(ScalableTarget target, CancellationToken cancellationToken) => throw Unexpected();

        public Task<ResourcePolicies> DescribePoliciesAsync(ScalableResource resource, CancellationToken cancellationToken) => throw Unexpected();

        public Task PutPolicyAsync(TargetTrackingPolicy policy, CancellationToken cancellationToken) => throw Unexpected();

        public Task DeletePolicyAsync(ScalableResource resource, string policyName, CancellationToken cancellationToken) => throw Unexpected();

        public Task PutPredictivePolicyAsync(PredictivePolicy policy, CancellationToken cancellationToken) => throw Unexpected();

        public Task<CapacityForecast> GetCapacityForecastAsync(ScalableResource resource, string policyName, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken) =>
            throw Unexpected();

        public Task<IReadOnlyList<AlarmState>> DescribeAlarmsAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken) => throw Unexpected();

        private static InvalidOperationException Unexpected() => new("the drain capability must not call this gateway");
    }
}
