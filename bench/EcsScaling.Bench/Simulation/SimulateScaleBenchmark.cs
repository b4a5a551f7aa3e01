using System.Diagnostics;
using EcsScaling.Core.Model;
using EcsScaling.Simulation;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Bench.Simulation;

/// <summary>
/// simulate-scale: 5,000 instances and 100,000 tasks for one virtual hour, with a scale-in and
/// scale-out of 25 instances every 5 minutes drained through the terminate hook. Prints the wall
/// time and the virtual/wall speed-up. Args: [instances] [tasks] [virtual minutes].
/// </summary>
internal static class SimulateScaleBenchmark
{
    public static Task Run(string[] args)
    {
        var instances = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5000;
        var tasks = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var minutes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 60;
        const int services = 20;

        var setup = Stopwatch.StartNew();
        var sim = new Simulator(1, new SimulationOptions { Faults = EcsScaling.Simulation.Faults.FaultOptions.None });
        sim.Events.Recording = false;
        var cluster = sim.Ecs.CreateCluster("scale");
        var group = sim.AutoScaling.CreateGroup("scale-asg", cluster, instances, new Resources(8192, 32768), ["us-east-1a", "us-east-1b", "us-east-1c"],
            new GroupSpec { MinSize = 1, MaxSize = instances * 2 });
        sim.AutoScaling.PutLifecycleHook(group.Name, "drain", LifecycleTransition.Terminating, TimeSpan.FromSeconds(900));
        var targetGroup = sim.LoadBalancing.CreateTargetGroup("web", deregistrationDelay: TimeSpan.FromSeconds(60));
        for (var s = 0; s < services; s++)
        {
            var spec = new ServiceSpec { TargetGroupArns = s == 0 ? [targetGroup.Arn] : [] };
            var service = sim.Ecs.CreateService(cluster, $"svc-{s}", sim.Ecs.RegisterTaskDefinition($"svc-{s}", 256, 512), 0, spec);
            service.DesiredCount = tasks / services;
            sim.Ecs.WarmStart(service);
        }

        sim.Ecs.CreateService(cluster, "daemon", sim.Ecs.RegisterTaskDefinition("daemon", 64, 64), 0, new ServiceSpec { Daemon = true });
        setup.Stop();
        var placed = sim.Ecs.AllTasks.Count(t => t.IsActive);

        for (var m = 5; m < minutes; m += 5)
        {
            sim.Clock.ScheduleAt(sim.Clock.GetUtcNow().AddMinutes(m), () => sim.AutoScaling.SetDesiredCapacity(group.Name, group.DesiredCapacity - 25));
            sim.Clock.ScheduleAt(sim.Clock.GetUtcNow().AddMinutes(m + 2), () => sim.AutoScaling.SetDesiredCapacity(group.Name, group.DesiredCapacity + 25));
        }

        ScheduleSweep(sim, group);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var run = Stopwatch.StartNew();
        sim.Clock.Advance(TimeSpan.FromMinutes(minutes));
        run.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var drained = sim.AutoScaling.LifecycleActions.Count(a => a.Result is not null && !a.TimedOut);
        Console.WriteLine($"simulate-scale: {instances} instances, {placed} tasks placed, {minutes} virtual minutes");
        Console.WriteLine($"  setup {setup.Elapsed.TotalSeconds:0.00} s, run {run.Elapsed.TotalSeconds:0.00} s wall ({cpu.TotalSeconds:0.00} s CPU), {sim.Clock.FiredEvents} clock events");
        Console.WriteLine($"  {drained} instances drained through the hook, {sim.AutoScaling.UnsafeTerminations.Count} unsafe terminations");
        Console.WriteLine($"  speed-up: {minutes * 60 / run.Elapsed.TotalSeconds:0}x virtual/wall");
        return Task.CompletedTask;
    }

    /// <summary>A model-level drain every 30 s: DRAINING for instances in Terminating:Wait, completion once their tasks are STOPPED.</summary>
    private static void ScheduleSweep(Simulator sim, SimGroup group) => sim.Clock.Schedule(TimeSpan.FromSeconds(30), () =>
    {
        foreach (var waiting in group.Instances.Values.Where(i => i.LifecycleState == LifecycleStates.TerminatingWait).ToList())
        {
            var container = sim.Ecs.InstancesByEc2Id[waiting.InstanceId];
            sim.Ecs.SetInstanceStatus(container, ContainerInstanceStatus.Draining);
            if (container.Tasks.Count == 0)
            {
                sim.AutoScaling.CompleteLifecycleAction(new LifecycleActionRef(group.Name, "drain", waiting.InstanceId, null), LifecycleResult.Continue);
            }
        }

        ScheduleSweep(sim, group);
    });
}
