using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Drain;

public sealed class CallPacerTests
{
    private readonly WaitAwareTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_new_pacer_holds_one_token_so_a_batch_cannot_spend_a_burst_at_once()
    {
        var pacer = new CallPacer(_time, 0.5);

        await pacer.TakeAsync(CallFamily.EcsRead, CancellationToken.None);
        var second = pacer.TakeAsync(CallFamily.EcsRead, CancellationToken.None);

        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(99));
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await second;
    }

    [Fact]
    public async Task Calls_go_at_the_share_of_the_sustained_rate()
    {
        var pacer = new CallPacer(_time, 0.45);
        var started = _time.GetUtcNow();

        for (var call = 0; call < 91; call++)
        {
            var take = pacer.TakeAsync(CallFamily.EcsRead, CancellationToken.None);
            await _time.AdvanceWhileWaitingAsync(take, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1));
            await take;
        }

        // 90 calls after the first at 20/s × 0.45 = 9/s.
        Assert.InRange((_time.GetUtcNow() - started).TotalSeconds, 9.9, 10.1);
    }

    [Fact]
    public async Task Tokens_of_one_family_saved_while_another_is_used_go_at_once_up_to_the_share_of_the_burst()
    {
        var pacer = new CallPacer(_time, 0.45);
        _time.Advance(TimeSpan.FromSeconds(60));

        for (var call = 0; call < 45; call++)
        {
            Assert.True(pacer.TakeAsync(CallFamily.AutoScaling, CancellationToken.None).IsCompleted, $"call {call} waited");
        }

        Assert.False(pacer.TakeAsync(CallFamily.AutoScaling, CancellationToken.None).IsCompleted);
        Assert.True(pacer.TakeAsync(CallFamily.EcsRead, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void Each_action_takes_from_the_bucket_ECS_or_Auto_Scaling_throttles_it_in()
    {
        var instance = Fakes.Build.Instance("i-1");
        var action = new LifecycleActionRef("asg", "hook", "i-1", null);
        Assert.Equal(CallFamily.EcsInstanceState, CallPacer.FamilyOf(DrainAction.SetDraining(instance)));
        Assert.Equal(CallFamily.EcsWrite, CallPacer.FamilyOf(DrainAction.PutAttributes(instance, new Dictionary<string, string>())));
        Assert.Equal(CallFamily.EcsTaskStop, CallPacer.FamilyOf(DrainAction.StopTask(Fakes.Build.Task("t-1", instance), "drain")));
        Assert.Equal(CallFamily.AutoScaling, CallPacer.FamilyOf(DrainAction.Complete(action, LifecycleResult.Continue)));
        Assert.Equal(CallFamily.AutoScaling, CallPacer.FamilyOf(DrainAction.Heartbeat(action)));
        Assert.Equal((100, 40), CallPacer.Limits(CallFamily.EcsInstanceState));
        Assert.Equal((100, 20), CallPacer.Limits(CallFamily.EcsRead));
    }
}
