using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.AutoScaling;

/// <summary>
/// The EC2 Auto Scaling operations we call (awsQuery, Version=2011-01-01), each with the parser of its
/// result into Core records; AutoScalingGateway and GroupScaling build each request's parameters.
/// </summary>
public static class AutoScalingOperations
{
    public static readonly QueryOperation<Page<AutoScalingGroup>> DescribeAutoScalingGroups = New("DescribeAutoScalingGroups", r =>
        new Page<AutoScalingGroup>([.. r.Members("AutoScalingGroups").Select(ParseGroup)], r.Text("NextToken")));

    public static readonly QueryOperation<Page<AutoScalingInstance>> DescribeAutoScalingInstances = New("DescribeAutoScalingInstances", r =>
        new Page<AutoScalingInstance>([.. r.Members("AutoScalingInstances").Select(i => ParseInstance(i, i.Required("AutoScalingGroupName")))], r.Text("NextToken")));

    public static readonly QueryOperation<IReadOnlyList<LifecycleHook>> DescribeLifecycleHooks = New<IReadOnlyList<LifecycleHook>>("DescribeLifecycleHooks", r =>
        [.. r.Members("LifecycleHooks").Select(ParseHook)]);

    public static readonly QueryOperation<UnreadAnswer> CompleteLifecycleAction = Unread("CompleteLifecycleAction");

    public static readonly QueryOperation<UnreadAnswer> RecordLifecycleActionHeartbeat = Unread("RecordLifecycleActionHeartbeat");

    public static readonly QueryOperation<UnreadAnswer> SetInstanceProtection = Unread("SetInstanceProtection");

    public static readonly QueryOperation<UnreadAnswer> SetDesiredCapacity = Unread("SetDesiredCapacity");

    public static readonly QueryOperation<UnreadAnswer> PutScalingPolicy = Unread("PutScalingPolicy");

    public static readonly QueryOperation<Page<TargetTrackingPolicy>> DescribePolicies = New("DescribePolicies", r =>
        new Page<TargetTrackingPolicy>([.. r.Members("ScalingPolicies").Where(p => p.Text("PolicyType") == GroupScaling.TargetTracking).Select(AutoScalingPolicyXml.Parse)], r.Text("NextToken")));

    public static readonly QueryOperation<UnreadAnswer> DeletePolicy = Unread("DeletePolicy");

    private static QueryOperation<T> New<T>(string name, Func<QueryElement, T> parse) => new(AwsService.AutoScaling, name, parse);

    /// <summary>The &lt;OpResult&gt; is not read (it is empty or holds nothing the gateway uses).</summary>
    private static QueryOperation<UnreadAnswer> Unread(string name) => New(name, static _ => UnreadAnswer.Instance);

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
            RetainsAbandonedInstances = RetainsAbandonedInstances(g),
        };
    }

    /// <summary>Where DescribeAutoScalingGroups puts a group's retention trigger for abandoned terminate hooks (AutoScalingGroup.InstanceLifecyclePolicy).</summary>
    public static readonly IReadOnlyList<string> TerminateHookAbandonPath = ["InstanceLifecyclePolicy", "RetentionTriggers", "TerminateHookAbandon"];

    /// <summary>The RetentionAction that keeps the instance; the other, terminate, is also what a group without the policy does.</summary>
    public const string RetainAction = "retain";

    private static bool RetainsAbandonedInstances(QueryElement g)
    {
        QueryElement? element = g;
        foreach (var name in TerminateHookAbandonPath)
        {
            element = element?.Child(name);
        }

        return string.Equals(element?.Value?.Trim(), RetainAction, StringComparison.OrdinalIgnoreCase);
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
