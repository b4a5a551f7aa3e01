using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;

namespace EcsScaling.Core.Rebalance;

/// <summary>Abort: why to stop now. Waiting: what is not back yet. ReactivateDrained: the drained instance has no service task left.</summary>
public sealed record WaveVerdict(string? Abort, string? Waiting, bool ReactivateDrained);

/// <summary>
/// Judges a wave in progress from a fresh snapshot and the cluster's stopped tasks: the services
/// it touched are those whose tasks carry this wave's stop reason, plus those ECS stopped on the
/// drained instance. Read-only.
/// </summary>
public sealed class WaveChecker(RebalanceOptions options, ITelemetry telemetry)
{
    public WaveVerdict Check(ClusterSnapshot snapshot, IReadOnlyList<EcsTask> stopped, WaveState wave, DateTimeOffset now)
    {
        var touched = stopped
            .Where(t => t.StoppedReason == wave.StopReason || (wave.DrainedInstanceArn is not null && t.ContainerInstanceArn == wave.DrainedInstanceArn))
            .Select(t => t.ServiceName)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var tasksByService = snapshot.Tasks.Where(t => t.ServiceName is not null).ToLookup(t => t.ServiceName!, StringComparer.Ordinal);
        var notBack = new List<string>();
        foreach (var service in snapshot.Services.Where(s => touched.Contains(s.Name) && !s.IsDaemon))
        {
            var tasks = tasksByService[service.Name].ToList();
            var healthy = tasks.Count(ClusterSnapshot.IsHealthy);
            if (healthy < ServiceFloor.Of(service))
            {
                return new WaveVerdict($"service {service.Name} has {healthy} RUNNING tasks, below its floor of {ServiceFloor.Of(service)} (desired {service.DesiredCount}) during wave {wave.Wave}", null, false);
            }

            if (healthy < service.DesiredCount || tasks.Count > healthy)
            {
                notBack.Add($"{service.Name} {healthy}/{service.DesiredCount} RUNNING");
            }
        }

        var drained = wave.DrainedInstanceArn is null ? null : snapshot.Instances.FirstOrDefault(i => i.Arn == wave.DrainedInstanceArn);
        var servicesOnDrained = drained is null ? 0 : snapshot.Tasks.Count(t => t.ContainerInstanceArn == drained.Arn && t.ServiceName is not null
            && snapshot.Services.FirstOrDefault(s => s.Name == t.ServiceName)?.IsDaemon != true);
        if (servicesOnDrained > 0)
        {
            notBack.Add($"{drained!.Ec2InstanceId} still has {servicesOnDrained} service tasks while draining");
        }

        var reactivate = drained is { Status: ContainerInstanceStatus.Draining } && servicesOnDrained == 0;
        if (notBack.Count == 0)
        {
            return new WaveVerdict(null, null, reactivate);
        }

        var waiting = $"wave {wave.Wave} replacements not all RUNNING yet: {string.Join(", ", notBack)}";
        if (now - wave.StartedAt > options.WaveTimeout)
        {
            return new WaveVerdict($"wave {wave.Wave} timed out after {options.WaveTimeout.TotalMinutes:0} minutes: {waiting}", null, false);
        }

        telemetry.Log(LogLevel.Info, "rebalance wave waiting", ("cluster", snapshot.Cluster), ("wave", wave.Wave), ("waiting", waiting));
        return new WaveVerdict(null, waiting, reactivate);
    }
}
