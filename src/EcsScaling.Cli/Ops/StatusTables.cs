using System.Globalization;
using EcsScaling.Functions.Status;
using Spectre.Console;

namespace EcsScaling.Cli.Ops;

/// <summary>`status` for humans: per cluster the headline figures, the instances and the drains in progress.</summary>
internal static class StatusTables
{
    public static void Render(IAnsiConsole console, StatusReport report)
    {
        foreach (var cluster in report.Clusters)
        {
            var m = cluster.Measurement;
            console.MarkupLineInterpolated(
                $"[bold]{m.Cluster}[/]: imbalance {m.ImbalanceScore:0.00}, CPU reserved {m.CpuReservationPercent:0.#} %, memory reserved {m.MemoryReservationPercent:0.#} %, {m.DrainingInstances} draining, {m.EmptyInstances} empty");
            var instances = new Table().AddColumns("instance", "AZ", "status", "tasks", "CPU reserved", "memory reserved");
            foreach (var i in m.Instances)
            {
                instances.AddRow(i.Ec2InstanceId, i.AvailabilityZone ?? "-", i.Status.ToString().ToUpperInvariant(), Num(i.Tasks),
                    $"{i.Reserved.Cpu}/{i.Registered.Cpu}", $"{i.Reserved.MemoryMiB}/{i.Registered.MemoryMiB}");
            }

            console.Write(instances);
            if (cluster.Draining.Count > 0)
            {
                var draining = new Table().Title("Draining").AddColumns("instance", "tasks left", "since", "reason");
                foreach (var d in cluster.Draining)
                {
                    draining.AddRow(d.Ec2InstanceId, Num(d.TasksLeft), d.DrainStarted?.ToString("u", CultureInfo.InvariantCulture) ?? "-", Markup.Escape(d.Reason ?? "-"));
                }

                console.Write(draining);
                foreach (var d in cluster.Draining.Where(d => d.Abandoned is not null))
                {
                    console.MarkupLineInterpolated($"[yellow]{d.Ec2InstanceId}[/]: drain abandoned at {d.Abandoned!.At.ToString("u", CultureInfo.InvariantCulture)}, {d.Abandoned.LifecycleState ?? "state unknown"}: {d.Abandoned.NextStep}");
                }
            }
        }

        var profile = report.PolicyProfile;
        console.MarkupLineInterpolated($"Policy profile: {(profile is null ? "not configured" : $"{profile.Name} (since {profile.Since?.ToString("u", CultureInfo.InvariantCulture) ?? "-"}, {profile.Source ?? "default"})")}");
        console.MarkupLineInterpolated($"Lifecycle hooks: {HookLine(report.LifecycleHooks)}");
    }

    private static string HookLine(LifecycleHookScope? hooks) => hooks switch
    {
        null => "unknown (the drain settings are invalid)",
        { Configured: false } => "not completed here (ECS_SCALING_ASG_NAMES is empty): drains work, the stack's drain function completes the hooks",
        _ => $"completed for groups {string.Join(", ", hooks.Groups)} (terminate hooks {string.Join(", ", hooks.TerminateHooks)}"
            + (hooks.LaunchHooks.Count > 0 ? $"; launch hooks {string.Join(", ", hooks.LaunchHooks)})" : ")"),
    };

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
