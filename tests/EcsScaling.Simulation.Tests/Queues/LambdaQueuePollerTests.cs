using System.Text.Json;
using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.Queues;

namespace EcsScaling.Simulation.Tests.Queues;

/// <summary>Lambda's SQS polling rules ("Using Lambda with Amazon SQS") and SQS's visibility timeout and redrive, as the model follows them.</summary>
public class LambdaQueuePollerTests
{
    private readonly VirtualClock _clock = new(VirtualClock.DefaultStart);

    private static IReadOnlyList<(string Id, string Body)> Records(string batch) =>
        [.. JsonDocument.Parse(batch).RootElement.GetProperty("Records").EnumerateArray().Select(r => (r.GetProperty("messageId").GetString()!, r.GetProperty("body").GetString()!))];

    private static string Answer(params string[] failed) =>
        "{\"batchItemFailures\":[" + string.Join(",", failed.Select(id => $"{{\"itemIdentifier\":\"{id}\"}}")) + "]}";

    [Fact]
    public void A_batch_goes_when_full_or_when_the_window_has_passed_and_never_beyond_the_maximum_concurrency()
    {
        var queue = new SqsQueue(_clock, TimeSpan.FromMinutes(6), 5);
        var batches = new List<(DateTimeOffset At, int Size)>();
        var pending = new List<TaskCompletionSource<string>>();
        var poller = new LambdaQueuePoller(_clock, queue, new QueuePollerOptions { BatchSize = 3, BatchingWindow = TimeSpan.FromSeconds(5), MaximumConcurrency = 2 }, (batch, _) =>
        {
            batches.Add((_clock.GetUtcNow(), Records(batch).Count));
            var answer = new TaskCompletionSource<string>();
            pending.Add(answer);
            return answer.Task;
        });

        foreach (var n in Enumerable.Range(0, 7))
        {
            queue.Send($"{{\"n\":{n}}}");
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([3, 3], batches.Select(b => b.Size));
        Assert.Equal(2, poller.InFlight);

        pending[0].SetResult(Answer());
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(2, batches.Count);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, batches[2].Size);
        Assert.True(batches[2].At - VirtualClock.DefaultStart >= TimeSpan.FromSeconds(5));
        Assert.Equal(2, poller.MaxInFlight);
    }

    [Fact]
    public void Only_the_reported_failures_return_and_they_come_back_after_the_visibility_timeout()
    {
        var queue = new SqsQueue(_clock, TimeSpan.FromMinutes(6), 5);
        var received = new List<string>();
        _ = new LambdaQueuePoller(_clock, queue, new QueuePollerOptions { BatchSize = 10, BatchingWindow = TimeSpan.Zero }, (batch, _) =>
        {
            var ids = Records(batch).Select(r => r.Id).ToList();
            received.AddRange(ids);
            return Task.FromResult(received.Count <= 3 ? Answer(ids[1]) : Answer());
        });

        queue.Send("a");
        queue.Send("b");
        queue.Send("c");
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(queue.Messages);

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(3, received.Count);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(4, received.Count);
        Assert.Equal(received[1], received[3]);
        Assert.Empty(queue.Messages);
    }

    [Fact]
    public void A_function_error_returns_the_whole_batch_and_a_message_failing_every_time_is_redriven_to_the_dead_letter_queue()
    {
        var queue = new SqsQueue(_clock, TimeSpan.FromSeconds(60), 3);
        var invocations = 0;
        var poller = new LambdaQueuePoller(_clock, queue, new QueuePollerOptions { BatchingWindow = TimeSpan.Zero }, (_, _) =>
        {
            invocations++;
            return Task.FromException<string>(new InvalidOperationException("crash"));
        });

        queue.Send("poison");
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(3, invocations);
        Assert.Equal(3, poller.FailedInvocations);
        Assert.Equal("poison", Assert.Single(queue.DeadLetters).Body);
        Assert.Empty(queue.Messages);
    }

    [Fact]
    public void An_answer_that_is_not_a_batch_response_fails_the_whole_batch()
    {
        Assert.Null(LambdaQueuePoller.Failures("""{"event":"QueueBatch"}"""));
        Assert.Null(LambdaQueuePoller.Failures("not json"));
        Assert.Equal(["m-1"], LambdaQueuePoller.Failures(Answer("m-1"))!);
    }
}
