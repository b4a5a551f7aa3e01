using EcsScaling.Core.Clusters;
using EcsScaling.Core.Rebalance;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace EcsScaling.Core.Tests.Rebalance;

public class TmpDebug(ITestOutputHelper output)
{
    [Property(Arbitrary = [typeof(ClusterSpecs)], MaxTest = 300)]
    public bool Debug(ClusterSpec spec)
    {
        var cluster = GeneratedCluster.From(spec);
        var plan = RebalancePlanner.Plan(cluster.Snapshot, cluster.Protected, cluster.Options, ClusterBuilder.Now);
        var (after, placedOn) = SchedulerSimulator.Apply(cluster.Snapshot, plan, ClusterBuilder.Now);
        var b = ClusterMeasurer.Measure(cluster.Snapshot).ImbalanceScore!.Value;
        var a = ClusterMeasurer.Measure(after).ImbalanceScore!.Value;
        var ok = Math.Abs(b - plan.ScoreBefore) < 1e-9 && Math.Abs(a - plan.ScoreAfter) < 1e-9 && a <= b + 1e-12;
        if (!ok)
        {
            output.WriteLine($"{spec}: measured {b} -> {a}, plan {plan.ScoreBefore} -> {plan.ScoreAfter}");
            foreach (var s in cluster.Snapshot.Services) output.WriteLine($"svc {s.Name} {string.Join(",", s.PlacementStrategies.Select(p => p.Type + ":" + p.Field))} daemon={s.IsDaemon}");
            foreach (var i in cluster.Snapshot.Instances) output.WriteLine($"inst {i.Ec2InstanceId} {i.AvailabilityZone} {i.Status} rem {i.Remaining} : {string.Join(" ", cluster.Snapshot.Tasks.Where(t => t.ContainerInstanceArn == i.Arn).Select(t => t.ServiceName + "/" + t.Reserved.Cpu + "/" + t.Reserved.MemoryMiB))}");
            foreach (var m in plan.Moves) output.WriteLine($"move {m.Kind} {m.Service} {m.FromEc2InstanceId} -> {m.ToEc2InstanceId} {m.ScoreBefore}->{m.ScoreAfter}");
            output.WriteLine("placed " + string.Join(",", placedOn.Select(p => cluster.Snapshot.Instances.First(i => i.Arn == p).Ec2InstanceId)));
        }
        return ok;
    }
}
