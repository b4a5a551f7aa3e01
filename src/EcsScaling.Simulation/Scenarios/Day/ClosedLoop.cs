using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Profiles;
using EcsScaling.Core.Rebalance;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.AutoScaling.TargetTracking;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Load;

namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>
/// The world's side of a day: each minute the load becomes metrics (AWS/ECS from the tasks, and the
/// functions' EMF metrics as CloudWatch extracts them from their logs), alarms evaluate, and
/// Application Auto Scaling, EC2 Auto Scaling and (if modelled) the capacity provider act on them.
/// Records a <see cref="DaySample"/> per minute.
/// </summary>
public sealed class ClosedLoop(Simulator sim, LoadCurve curve, IReadOnlyDictionary<string, ServiceDemand> demands, SimGroup group, SimCapacityProvider? capacityProvider)
{
    /// <summary>How often managed draining looks at instances held by its hook.</summary>
    private static readonly TimeSpan DrainPoll = TimeSpan.FromSeconds(15);

    private readonly ServiceScaler _services = new(sim.Ecs, sim.ScalingPolicies, sim.CloudWatch, sim.Clock, sim.AutoScaling.Activities);
    private readonly GroupScaler _groups = new(sim.AutoScaling, sim.CloudWatch, sim.Clock);
    private readonly List<DaySample> _samples = [];
    private readonly HashSet<string> _drainsSeen = new(StringComparer.Ordinal);
    private DateTimeOffset _start;
    private int _telemetrySeen;

    public IReadOnlyList<DaySample> Samples => _samples;

    public DateTimeOffset Start => _start;

    /// <summary>Begins at the current virtual time (minute 0) and ticks every minute until <paramref name="minutes"/>.</summary>
    public void Begin(int minutes)
    {
        _start = sim.Clock.GetUtcNow();
        sim.CloudWatch.KeepDatapoints = false;
        _telemetrySeen = sim.CloudWatch.Telemetry.Metrics.Count;
        for (var minute = 0; minute < minutes; minute++)
        {
            var m = minute;
            sim.Clock.ScheduleAt(_start + TimeSpan.FromMinutes(m), () => Tick(m));
        }

        if (capacityProvider is not null)
        {
            PollDraining(_start + TimeSpan.FromMinutes(minutes));
        }
    }

    private void PollDraining(DateTimeOffset until)
    {
        capacityProvider!.Drain();
        if (sim.Clock.GetUtcNow() + DrainPoll < until)
        {
            sim.Clock.Schedule(DrainPoll, () => PollDraining(until));
        }
    }

    private void Tick(int minute)
    {
        var now = sim.Clock.GetUtcNow();
        var cluster = sim.Ecs.Clusters[DayCluster.Cluster];
        var loads = new Dictionary<string, ServiceUsage>(StringComparer.Ordinal);
        foreach (var each in new[] { cluster, sim.Ecs.Clusters[DayCluster.FargateCluster] })
        {
            var load = Utilisation.Of(each, demands, service => curve.At(service, minute));
            EcsMetrics.Publish(sim.CloudWatch, each, load, now);
            foreach (var (name, usage) in load.Services)
            {
                loads[name] = usage;
            }
        }

        Record(minute, now, cluster, loads);
        ForwardEmbeddedMetrics(now);
        capacityProvider?.Tick();
        _services.Evaluate();
        _groups.Evaluate(group, capacityProvider is null ? GroupScaler.StoredPolicies(sim.ScalingPolicies.Policies, group.Name) : [capacityProvider.Policy]);
        sim.AutoScaling.ReconcileAll();
    }

    private void Record(int minute, DateTimeOffset now, SimCluster cluster, Dictionary<string, ServiceUsage> loads)
    {
        var since = now - TimeSpan.FromMinutes(1);
        var services = new Dictionary<string, ServiceSample>(StringComparer.Ordinal);
        foreach (var name in DayCluster.Services)
        {
            var service = DayCluster.ClusterOf(sim, name).Services[name];
            var usage = loads[name];
            var floor = (int)Math.Ceiling(service.DesiredCount * service.MinimumHealthyPercent / 100.0);
            var belowByRebalance = service.HealthyCount < floor && service.Tasks.Any(t => !t.IsActive && IsRebalanceStop(t) && t.StoppingAt > now - TimeSpan.FromMinutes(5));
            services[name] = new ServiceSample(service.DesiredCount, service.HealthyCount, usage.RunningTasks > 0 ? usage.CpuUtilization : null, belowByRebalance);
        }

        var stops = cluster.Tasks.Values.Count(t => IsRebalanceStop(t) && t.StoppingAt > since && t.StoppingAt <= now);
        _drainsSeen.RemoveWhere(id => !sim.Ecs.InstancesByEc2Id.TryGetValue(id, out var i) || i.Status != ContainerInstanceStatus.Draining);
        var drains = cluster.Instances.Values
            .Where(i => i.Status == ContainerInstanceStatus.Draining && group.Instances.TryGetValue(i.Ec2InstanceId, out var member)
                && member.LifecycleState == LifecycleStates.InService && _drainsSeen.Add(i.Ec2InstanceId))
            .Select(i => i.Ec2InstanceId)
            .ToList();
        _samples.Add(new DaySample(minute, curve.At(minute), group.Instances.Count, ActiveProfile.FromTags(cluster.Tags).Name, services, stops, drains, FleetSample.Of(group, cluster)));
    }

    private static bool IsRebalanceStop(SimTask task) => task.StoppedReason?.StartsWith(RebalanceOptions.StopReasonPrefix, StringComparison.Ordinal) == true;

    /// <summary>The functions' embedded-metric-format output becomes CloudWatch metrics, as CloudWatch Logs extracts them.</summary>
    private void ForwardEmbeddedMetrics(DateTimeOffset now)
    {
        var metrics = sim.CloudWatch.Telemetry.Metrics;
        var fresh = new List<MetricDatum>();
        for (; _telemetrySeen < metrics.Count; _telemetrySeen++)
        {
            var m = metrics[_telemetrySeen];
            fresh.Add(new MetricDatum(m.Name, m.Value, m.Unit, m.Dimensions, now));
        }

        if (fresh.Count > 0)
        {
            sim.CloudWatch.PutMetricData(ScenarioMetrics.Namespace, fresh);
        }
    }
}
