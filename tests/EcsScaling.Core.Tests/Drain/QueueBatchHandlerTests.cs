using EcsScaling.Core.Drain;
using EcsScaling.Core.Events;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public class QueueBatchHandlerTests
{
    private static EventOrigin Origin(string id) => DrainFixture.Origin with { Transport = EventTransport.Sqs, Id = id };

    private static QueueBatch Batch(params (string MessageId, ScalingEvent Event)[] messages) =>
        new(Origin("batch"), [.. messages.Select(m => QueuedMessage.Of(m.MessageId, m.Event))]);

    private static LifecycleActionEvent Terminate(DrainFixture f, string ec2Id) => f.Terminate(ec2Id) with { Origin = Origin("hook-" + ec2Id) };

    /// <summary>The batch paces its calls on the injected clock: let the fake clock run while it works.</summary>
    private static Task<DrainResult> WorkAsync(DrainFixture f, QueueBatch batch) =>
        f.WhileTheClockRunsAsync(f.HandleAsync(batch), TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1_000));

    [Fact]
    public async Task Terminate_actions_of_a_batch_are_located_with_one_lookup_and_all_start_draining()
    {
        var f = new DrainFixture();
        string[] ids = ["i-1", "i-2", "i-3", "i-4"];
        foreach (var id in ids)
        {
            f.AddInstance(id);
        }

        var result = await WorkAsync(f, Batch([.. ids.Select(id => ($"m-{id}", (ScalingEvent)Terminate(f, id)))]));

        Assert.Equal([], result.BatchItemFailures);
        Assert.Equal(1, f.Ecs.Calls["ListContainerInstances"]);
        Assert.Equal(1, f.AutoScaling.Calls["DescribeAutoScalingInstances"]);
        Assert.All(ids, id => Assert.Equal(ContainerInstanceStatus.Draining, f.Instance(id).Status));
        Assert.Equal(4, f.Ecs.Calls["UpdateContainerInstancesState"]);
    }

    [Fact]
    public async Task A_message_naming_our_group_with_another_groups_instance_is_neither_drained_nor_completed()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        f.AddInstance("i-2", group: "other-asg");

        var result = await WorkAsync(f, Batch(("m-1", Terminate(f, "i-1")), ("m-2", Terminate(f, "i-2"))));

        Assert.Equal([], result.BatchItemFailures);
        Assert.Equal(1, f.AutoScaling.Calls["DescribeAutoScalingInstances"]);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-2").Status);
        Assert.Empty(f.AutoScaling.Completions);
    }

    [Fact]
    public async Task A_throttled_message_alone_goes_back_to_the_queue()
    {
        var f = new DrainFixture();
        foreach (var id in new[] { "i-1", "i-2", "i-3" })
        {
            f.AddInstance(id);
        }

        f.Ecs.Calls.FailNext("UpdateContainerInstancesState", DrainFixture.Throttled("ecs", "UpdateContainerInstancesState"));

        var result = await WorkAsync(f, Batch(("m-1", Terminate(f, "i-1")), ("m-2", Terminate(f, "i-2")), ("m-3", Terminate(f, "i-3"))));

        Assert.Equal(["m-1"], result.BatchItemFailures);
        Assert.Equal(ContainerInstanceStatus.Active, f.Instance("i-1").Status);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-2").Status);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-3").Status);

        // SQS redelivers m-1: the step is finished then.
        var redelivered = await WorkAsync(f, Batch(("m-1", Terminate(f, "i-1"))));
        Assert.Equal([], redelivered.BatchItemFailures);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
    }

    [Fact]
    public async Task A_poison_message_is_logged_and_acknowledged_and_the_rest_is_worked()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        var batch = new QueueBatch(Origin("batch"), [QueuedMessage.Refused("m-bad", "body: expected an object, got a number"), QueuedMessage.Of("m-1", Terminate(f, "i-1"))]);

        var result = await WorkAsync(f, batch);

        Assert.Equal([], result.BatchItemFailures);
        Assert.Equal(DrainOutcome.Refused, result.Decisions.Single(d => d.Reason.Contains("m-bad", StringComparison.Ordinal)).Outcome);
        Assert.Contains(f.Telemetry.Logs, l => l.Level == LogLevel.Error && l.Message.Contains("body: expected an object", StringComparison.Ordinal));
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-1").Status);
    }

    [Fact]
    public async Task A_test_notification_and_a_foreign_event_are_acknowledged_without_a_call()
    {
        var f = new DrainFixture();

        var result = await WorkAsync(f, Batch(
            ("m-test", new AutoScalingTestNotification(Origin("test"), DrainFixture.Group)),
            ("m-alarm", new AlarmStateChanged(Origin("alarm"), "a", null, "ALARM", "OK", null, null))));

        Assert.Equal([], result.BatchItemFailures);
        Assert.Equal(0, f.TotalCalls);
        Assert.All(result.Decisions, d => Assert.Equal(DrainOutcome.Ignored, d.Outcome));
    }

    [Fact]
    public async Task Duplicates_in_a_batch_share_one_decision_and_a_duplicate_in_a_later_batch_changes_nothing()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        var hook = Terminate(f, "i-1");

        var first = await WorkAsync(f, Batch(("m-1", hook), ("m-1-copy", hook)));
        var mutating = f.MutatingCalls;
        var second = await WorkAsync(f, Batch(("m-1-again", hook)));

        Assert.Single(first.Decisions);
        Assert.Equal([], first.BatchItemFailures);
        Assert.Equal([], second.BatchItemFailures);
        Assert.Equal(mutating, f.MutatingCalls);
    }

    [Fact]
    public async Task Drained_instances_of_a_batch_are_checked_together_and_completed()
    {
        var f = new DrainFixture();
        var tg = f.LoadBalancing.AddTargetGroup("web");
        f.Ecs.AddService(Build.Service("web", 3) with { LoadBalancers = [new ServiceLoadBalancer(tg, "web", 80)] });
        string[] ids = ["i-1", "i-2", "i-3"];
        foreach (var id in ids)
        {
            var instance = f.AddInstance(id);
            f.Ecs.AddTask(Build.Task("web-" + id, instance));
        }

        await WorkAsync(f, Batch([.. ids.Select(id => ($"m-{id}", (ScalingEvent)Terminate(f, id)))]));
        foreach (var id in ids)
        {
            f.StopAll(f.Instance(id));
        }

        var (listTasks, describeTasks, targetHealth) = (f.Ecs.Calls["ListTasks"], f.Ecs.Calls["DescribeTasks"], f.LoadBalancing.Calls["DescribeTargetHealth"]);
        var result = await WorkAsync(f, Batch([.. ids.SelectMany(id => new[] { ($"c-{id}", (ScalingEvent)f.CarriedEvent(f.Instance(id))), ($"c2-{id}", f.CarriedEvent(f.Instance(id)) with { Origin = Origin("second-" + id) }) })]));

        Assert.Equal([], result.BatchItemFailures);
        Assert.Equal(3, f.AutoScaling.Completions.Count);
        Assert.Equal(1, f.Ecs.Calls["DescribeTasks"] - describeTasks);
        Assert.Equal(1, f.LoadBalancing.Calls["DescribeTargetHealth"] - targetHealth);
        // Read again together; reserving nothing, each needs only its stopped tasks listed.
        Assert.Equal(ids.Length, f.Ecs.Calls["ListTasks"] - listTasks);
        Assert.Equal(3, result.Decisions.Count(d => d.Outcome == DrainOutcome.Applied));
    }

    [Fact]
    public async Task An_event_saying_nothing_is_reserved_does_not_spare_a_listing_when_the_instance_read_now_still_runs_a_task()
    {
        var f = new DrainFixture();
        var instance = f.AddInstance("i-1");
        f.Ecs.AddTask(Build.Task("web-1", instance));
        await WorkAsync(f, Batch([("m-1", (ScalingEvent)Terminate(f, "i-1"))]));
        var (listTasks, described) = (f.Ecs.Calls["ListTasks"], f.Ecs.Calls["DescribeContainerInstances"]);

        var result = await WorkAsync(f, Batch([("c-1", (ScalingEvent)f.CarriedEvent(f.Instance("i-1")))]));

        Assert.Equal(1, f.Ecs.Calls["DescribeContainerInstances"] - described);
        Assert.Equal(2, f.Ecs.Calls["ListTasks"] - listTasks);
        Assert.Empty(f.AutoScaling.Completions);
        Assert.Contains("not STOPPED yet", Assert.Single(result.Decisions).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_batch_lookup_sends_the_terminate_actions_back_but_still_acknowledges_the_rest()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        f.Ecs.Calls.FailNext("ListContainerInstances", DrainFixture.Throttled("ecs", "ListContainerInstances"));

        var result = await WorkAsync(f, Batch(("m-1", Terminate(f, "i-1")), ("m-test", new AutoScalingTestNotification(Origin("test"), DrainFixture.Group))));

        Assert.Equal(["m-1"], result.BatchItemFailures);
        Assert.Equal(0, f.MutatingCalls);
    }

    [Fact]
    public async Task A_spot_warning_throttled_in_the_burst_is_retried_within_the_invocation_in_both_modes()
    {
        var f = new DrainFixture();
        f.AddInstance("i-spot");
        f.AddInstance("i-spot-2");
        f.Ecs.Calls.FailNext("ListContainerInstances", DrainFixture.Throttled("ecs", "ListContainerInstances"));
        f.Ecs.Calls.FailNext("UpdateContainerInstancesState", DrainFixture.Throttled("ecs", "UpdateContainerInstancesState"));
        f.Ecs.Calls.FailNext("UpdateContainerInstancesState", DrainFixture.Throttled("ecs", "UpdateContainerInstancesState"));

        var events = await f.WhileTheClockRunsAsync(f.HandleAsync(new SpotInterruptionWarning(Origin("spot-1"), "i-spot", "terminate")), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));

        Assert.Equal(DrainOutcome.Applied, Assert.Single(events.Decisions).Outcome);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-spot").Status);

        f.Ecs.Calls.FailNext("UpdateContainerInstancesState", DrainFixture.Throttled("ecs", "UpdateContainerInstancesState"));
        var queued = await WorkAsync(f, Batch(("m-spot", new SpotInterruptionWarning(Origin("spot-2"), "i-spot-2", "terminate"))));
        Assert.Equal([], queued.BatchItemFailures);
        Assert.Equal(ContainerInstanceStatus.Draining, f.Instance("i-spot-2").Status);
    }
}
