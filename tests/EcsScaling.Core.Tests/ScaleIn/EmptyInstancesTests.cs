using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.ScaleIn;
using EcsScaling.Core.Tests.Fakes;
using EcsScaling.Core.Tests.Rebalance;

namespace EcsScaling.Core.Tests.ScaleIn;

public class EmptyInstancesTests
{
    /// <summary>The snapshot with each instance registered <paramref name="ago"/> before it was taken (ECS gives registeredAt; the builder leaves it out).</summary>
    internal static ClusterSnapshot RegisteredAgo(ClusterSnapshot snapshot, TimeSpan ago) =>
        snapshot with { Instances = [.. snapshot.Instances.Select(i => i with { RegisteredAt = snapshot.TakenAt - ago })] };

    [Fact]
    public void Daemon_only_and_idle_ACTIVE_instances_are_empty_busy_draining_and_disconnected_ones_are_not()
    {
        var cluster = new ClusterBuilder();
        foreach (var id in new[] { "i-idle", "i-daemon", "i-busy", "i-draining", "i-lost" })
        {
            cluster.Instance(id, status: id == "i-draining" ? ContainerInstanceStatus.Draining : ContainerInstanceStatus.Active);
        }

        cluster.Service(Build.Service("agent", 0, scheduling: SchedulingStrategy.Daemon));
        cluster.Service("web", 1);
        cluster.Task("agent", "i-daemon");
        cluster.Task("agent", "i-busy");
        cluster.Task("web", "i-busy");
        var snapshot = RegisteredAgo(cluster.Snapshot(), TimeSpan.FromMinutes(30));
        snapshot = snapshot with { Instances = [.. snapshot.Instances.Select(i => i.Ec2InstanceId == "i-lost" ? i with { AgentConnected = false } : i)] };

        Assert.Equal(["i-daemon", "i-idle"], EmptyInstances.Of(snapshot, TimeSpan.FromMinutes(5)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_instance_registered_less_than_the_age_ago_or_at_an_unknown_time_is_not_counted_yet()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-new");

        Assert.Empty(EmptyInstances.Of(RegisteredAgo(cluster.Snapshot(), TimeSpan.FromMinutes(4)), TimeSpan.FromMinutes(5)));
        Assert.Empty(EmptyInstances.Of(cluster.Snapshot(), TimeSpan.FromMinutes(5)));
        Assert.Single(EmptyInstances.Of(RegisteredAgo(cluster.Snapshot(), TimeSpan.FromMinutes(5)), TimeSpan.FromMinutes(5)));
    }
}
