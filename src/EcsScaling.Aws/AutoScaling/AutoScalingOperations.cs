using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.AutoScaling;

/// <summary>The EC2 Auto Scaling operations we call (awsQuery, Version=2011-01-01), each with its result parser.</summary>
public static class AutoScalingOperations
{
    public static readonly QueryOperation<Page<AutoScalingGroup>> DescribeAutoScalingGroups = New("DescribeAutoScalingGroups", r =>
        new Page<AutoScalingGroup>([.. r.Members("AutoScalingGroups").Select(ParseGroup)], r.Text("NextToken")));

    public static readonly QueryOperation<Page<AutoScalingInstance>> DescribeAutoScalingInstances = New("DescribeAutoScalingInstances", r =>
        new Page<AutoScalingInstance>([.. r.Members("AutoScalingInstances").Select(i => ParseInstance(i, i.Required("AutoScalingGroupName")))], r.Text("NextToken")));

    public static readonly QueryOperation<IReadOnlyList<LifecycleHook>> DescribeLifecycleHooks = New<IReadOnlyList<LifecycleHook>>("DescribeLifecycleHooks", r =>
        [.. r.Members("LifecycleHooks").Select(ParseHook)]);

    public static readonly QueryOperation<QueryElement> CompleteLifecycleAction = New("CompleteLifecycleAction", r => r);

    public static readonly QueryOperation<QueryElement> RecordLifecycleActionHeartbeat = New("RecordLifecycleActionHeartbeat", r => r);

    public static readonly QueryOperation<QueryElement> SetInstanceProtection = New("SetInstanceProtection", r => r);

    public static readonly QueryOperation<QueryElement> PutScalingPolicy = New("PutScalingPolicy", r => r);

    public static readonly QueryOperation<Page<TargetTrackingPolicy>> DescribePolicies = New("DescribePolicies", r =>
        new Page<TargetTrackingPolicy>([.. r.Members("ScalingPolicies").Where(p => p.Text("PolicyType") == "TargetTrackingScaling").Select(AutoScalingPolicyXml.Parse)], r.Text("NextToken")));

    public static readonly QueryOperation<QueryElement> DeletePolicy = New("DeletePolicy", r => r);

    private static QueryOperation<T> New<T>(string name, Func<QueryElement, T> parse) => new(AwsService.AutoScaling, name, parse);

    private static AutoScalingGroup ParseGroup(QueryElement g)
    {
        var name = g.Required("AutoScalingGroupName");
        return new AutoScalingGroup(
            name,
            g.Text("AutoScalingGroupARN") ?? string.Empty,
            g.Int("MinSize") ?? 0,
            g.Int("MaxSize") ?? 0,
            g.Int("DesiredCapacity") ?? 0,
            [.. g.Members("Instances").Select(i => ParseInstance(i, name))],
            g.Bool("NewInstancesProtectedFromScaleIn") ?? false,
            g.Members("Tags").GroupBy(t => t.Required("Key")).ToDictionary(t => t.Key, t => t.Last().Text("Value") ?? string.Empty))
        {
            CapacityRebalance = g.Bool("CapacityRebalance") ?? false,
        };
    }

    private static AutoScalingInstance ParseInstance(QueryElement i, string groupName) => new(
        i.Required("InstanceId"), groupName, i.Text("LifecycleState") ?? string.Empty, i.Text("AvailabilityZone"),
        i.Bool("ProtectedFromScaleIn") ?? false, i.Text("HealthStatus"));

    /// <summary>A missing DefaultResult is Auto Scaling's default, ABANDON; any transition but launching is taken as terminating.</summary>
    private static LifecycleHook ParseHook(QueryElement h) => new(
        h.Required("AutoScalingGroupName"),
        h.Required("LifecycleHookName"),
        LifecycleTransitionText.Wire.TryParse(h.Text("LifecycleTransition"), out var transition) ? transition : LifecycleTransition.Terminating,
        TimeSpan.FromSeconds(h.Int("HeartbeatTimeout") ?? 3600),
        TimeSpan.FromSeconds(h.Int("GlobalTimeout") ?? 172800),
        LifecycleResultText.Wire.TryParse(h.Text("DefaultResult"), out var result) ? result : LifecycleResult.Abandon,
        h.Text("NotificationMetadata"));
}
