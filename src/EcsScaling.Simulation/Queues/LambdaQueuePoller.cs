using System.Text.Json;
using EcsScaling.Simulation.Clock;

namespace EcsScaling.Simulation.Queues;

/// <summary>
/// Lambda's SQS poller (Lambda developer guide, "Using Lambda with Amazon SQS"): a batch is sent
/// when it holds BatchSize messages or the batching window has passed since its first message; at
/// most MaximumConcurrency batches are in flight; a function error returns the whole batch to the
/// queue (visible again after the visibility timeout), and with ReportBatchItemFailures only the
/// messages named in batchItemFailures return, the others are deleted. An answer that is not a
/// valid batchItemFailures response counts as a failure of the whole batch.
/// </summary>
public sealed class LambdaQueuePoller
{
    private readonly VirtualClock _clock;
    private readonly SqsQueue _queue;
    private readonly QueuePollerOptions _options;
    private readonly Func<string, CancellationToken, Task<string>> _invoke;
    private bool _pollScheduled;

    public LambdaQueuePoller(VirtualClock clock, SqsQueue queue, QueuePollerOptions options, Func<string, CancellationToken, Task<string>> invoke)
    {
        (_clock, _queue, _options, _invoke) = (clock, queue, options, invoke);
        queue.Available += SchedulePoll;
    }

    public int InFlight { get; private set; }

    public int Invocations { get; private set; }

    public int FailedInvocations { get; private set; }

    public int MaxInFlight { get; private set; }

    private void SchedulePoll()
    {
        if (_pollScheduled)
        {
            return;
        }

        _pollScheduled = true;
        _clock.Schedule(_options.PollDelay, () =>
        {
            _pollScheduled = false;
            Poll();
        });
    }

    private void Poll()
    {
        while (InFlight < _options.MaximumConcurrency && _queue.VisibleCount > 0)
        {
            var windowEnds = _queue.OldestVisibleSince!.Value + _options.BatchingWindow;
            if (_queue.VisibleCount < _options.BatchSize && _clock.GetUtcNow() < windowEnds)
            {
                _clock.ScheduleAt(windowEnds, SchedulePoll);
                return;
            }

            var batch = _queue.Receive(_options.BatchSize);
            if (batch.Count > 0)
            {
                Start(batch);
            }
        }
    }

    private void Start(IReadOnlyList<QueuedSimMessage> batch)
    {
        InFlight++;
        Invocations++;
        MaxInFlight = Math.Max(MaxInFlight, InFlight);
        Task<string> invocation;
        try
        {
            invocation = _invoke(BatchJson(batch), CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            invocation = Task.FromException<string>(e);
        }

        invocation.ContinueWith(done =>
        {
            InFlight--;
            if (done.IsCompletedSuccessfully && Failures(done.Result) is { } failed)
            {
                foreach (var message in batch.Where(m => !failed.Contains(m.MessageId)))
                {
                    _queue.Delete(message.MessageId);
                }
            }
            else
            {
                FailedInvocations++;
            }

            SchedulePoll();
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>The message ids of {"batchItemFailures":[{"itemIdentifier":…}]}; null when the answer is not that shape.</summary>
    public static IReadOnlySet<string>? Failures(string response)
    {
        try
        {
            using var document = JsonDocument.Parse(response);
            if (!document.RootElement.TryGetProperty("batchItemFailures", out var failures) || failures.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return failures.EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString()!).ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The event Lambda sends for an SQS batch (Records[] with messageId, body, attributes, eventSource aws:sqs).</summary>
    public static string BatchJson(IReadOnlyList<QueuedSimMessage> batch)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("Records");
            foreach (var m in batch)
            {
                w.WriteStartObject();
                w.WriteString("messageId", m.MessageId);
                w.WriteString("receiptHandle", $"{m.MessageId}-{m.ReceiveCount}");
                w.WriteString("body", m.Body);
                w.WriteStartObject("attributes");
                w.WriteString("ApproximateReceiveCount", m.ReceiveCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteString("SentTimestamp", m.SentAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteEndObject();
                w.WriteString("eventSource", "aws:sqs");
                w.WriteString("eventSourceARN", "arn:aws:sqs:us-east-1:123456789012:ecs-scaling-drain");
                w.WriteString("awsRegion", "us-east-1");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
