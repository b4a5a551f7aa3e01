using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Rebalance;

/// <summary>Plays ECS inside a <see cref="FakeEcs"/>: stopped tasks reach STOPPED and free their resources; replacements start RUNNING where the plan predicted.</summary>
internal static class FakeScheduler
{
    public static void ReplaceStopped(FakeEcs ecs, RebalancePlan plan, DateTimeOffset now)
    {
        foreach (var move in plan.Moves.Where(m => ecs.Tasks[m.TaskArn].DesiredStatus == EcsTaskStatus.Stopped && !ecs.Tasks[m.TaskArn].IsStopped))
        {
            var task = ecs.Tasks[move.TaskArn];
            ecs.Tasks[task.Arn] = task with { LastStatus = EcsTaskStatus.Stopped, StoppedAt = now };
            Reserve(ecs, task.ContainerInstanceArn!, Resources.Zero - task.Reserved);
            Reserve(ecs, move.ToContainerInstanceArn, task.Reserved);
            ecs.AddTask(task with { Arn = task.Arn + "-r", ContainerInstanceArn = move.ToContainerInstanceArn, DesiredStatus = EcsTaskStatus.Running, StartedAt = now, CreatedAt = now, StoppedReason = null });
        }
    }

    /// <summary>ECS draining an instance: every service task on it is replaced on the given instance.</summary>
    public static void MoveServiceTasks(FakeEcs ecs, string fromInstanceArn, string toInstanceArn, DateTimeOffset now)
    {
        foreach (var task in ecs.Tasks.Values.Where(t => t.ContainerInstanceArn == fromInstanceArn && !t.IsStopped && t.ServiceName is not null).ToList())
        {
            ecs.Tasks[task.Arn] = task with { LastStatus = EcsTaskStatus.Stopped, DesiredStatus = EcsTaskStatus.Stopped, StoppedAt = now, StoppedReason = "Task stopped because the container instance is draining" };
            Reserve(ecs, fromInstanceArn, Resources.Zero - task.Reserved);
            Reserve(ecs, toInstanceArn, task.Reserved);
            ecs.AddTask(task with { Arn = task.Arn + "-r", ContainerInstanceArn = toInstanceArn, StartedAt = now });
        }
    }

    public static void Crash(FakeEcs ecs, string taskArn) =>
        ecs.Tasks[taskArn] = ecs.Tasks[taskArn] with { LastStatus = EcsTaskStatus.Stopped, DesiredStatus = EcsTaskStatus.Stopped, StoppedReason = "Essential container exited" };

    private static void Reserve(FakeEcs ecs, string instanceArn, Resources reserved)
    {
        var instance = ecs.Instances[instanceArn];
        ecs.Instances[instanceArn] = instance with { Remaining = instance.Remaining - reserved };
    }
}
