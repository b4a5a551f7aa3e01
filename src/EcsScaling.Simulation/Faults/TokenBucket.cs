namespace EcsScaling.Simulation.Faults;

/// <summary>
/// AWS API throttling is a token bucket per account and region: a burst capacity refilled at a
/// sustained rate (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/request-throttling.html).
/// </summary>
public sealed class TokenBucket
{
    private readonly double _burst;
    private readonly double _perSecond;
    private double _tokens;
    private DateTimeOffset _refilledAt;

    public TokenBucket(double burst, double perSecond, DateTimeOffset start)
    {
        _burst = burst;
        _perSecond = perSecond;
        _tokens = burst;
        _refilledAt = start;
    }

    public bool TryTake(DateTimeOffset now)
    {
        if (now > _refilledAt)
        {
            _tokens = Math.Min(_burst, _tokens + ((now - _refilledAt).TotalSeconds * _perSecond));
            _refilledAt = now;
        }

        if (_tokens < 1)
        {
            return false;
        }

        _tokens -= 1;
        return true;
    }
}
