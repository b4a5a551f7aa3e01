using EcsScaling.Simulation.Clock;

namespace EcsScaling.Simulation.Queues;

/// <summary>One message in the queue, with how often it was received and when it may be received again.</summary>
public sealed record QueuedSimMessage(string MessageId, string Body, DateTimeOffset SentAt, int ReceiveCount, DateTimeOffset VisibleAt);

/// <summary>
/// An SQS standard queue as Lambda's poller sees it (Amazon SQS developer guide: "Amazon SQS
/// visibility timeout", "Using dead-letter queues"): a received message stays in the queue, hidden
/// for the visibility timeout, until it is deleted; one received more than maxReceiveCount times is
/// moved to the dead-letter queue instead of being delivered again.
/// </summary>
public sealed class SqsQueue(VirtualClock clock, TimeSpan visibilityTimeout, int maxReceiveCount)
{
    private readonly List<QueuedSimMessage> _messages = [];
    private readonly List<QueuedSimMessage> _deadLetters = [];
    private int _sent;

    public TimeSpan VisibilityTimeout => visibilityTimeout;

    public IReadOnlyList<QueuedSimMessage> Messages => _messages;

    public IReadOnlyList<QueuedSimMessage> DeadLetters => _deadLetters;

    /// <summary>Raised when a message is sent or becomes visible again, so that a poller can look.</summary>
    public event Action? Available;

    public void Send(string body)
    {
        var now = clock.GetUtcNow();
        _messages.Add(new QueuedSimMessage($"sim-{++_sent:D8}", body, now, 0, now));
        Available?.Invoke();
    }

    public int VisibleCount => _messages.Count(m => m.VisibleAt <= clock.GetUtcNow());

    /// <summary>The oldest message that may be received now, if any: when a batching window started.</summary>
    public DateTimeOffset? OldestVisibleSince => _messages.Where(m => m.VisibleAt <= clock.GetUtcNow()).Select(m => (DateTimeOffset?)Max(m.SentAt, m.VisibleAt)).Min();

    /// <summary>Up to <paramref name="max"/> visible messages, oldest first, each hidden for the visibility timeout.</summary>
    public IReadOnlyList<QueuedSimMessage> Receive(int max)
    {
        var now = clock.GetUtcNow();
        var received = new List<QueuedSimMessage>(max);
        foreach (var message in _messages.Where(m => m.VisibleAt <= now).OrderBy(m => m.VisibleAt).ThenBy(m => m.SentAt).ToList())
        {
            _messages.Remove(message);
            if (message.ReceiveCount >= maxReceiveCount)
            {
                _deadLetters.Add(message);
                continue;
            }

            if (received.Count == max)
            {
                _messages.Add(message);
                continue;
            }

            var hidden = message with { ReceiveCount = message.ReceiveCount + 1, VisibleAt = now + visibilityTimeout };
            _messages.Add(hidden);
            received.Add(hidden);
            clock.ScheduleAt(hidden.VisibleAt, () =>
            {
                if (_messages.Contains(hidden))
                {
                    Available?.Invoke();
                }
            });
        }

        return received;
    }

    public void Delete(string messageId) => _messages.RemoveAll(m => m.MessageId == messageId);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
