namespace EcsScaling.Aws.Wire;

/// <summary>
/// Adaptive retry mode's client-side rate limit, as botocore's retries/adaptive.py, bucket.py and throttling.py implement it:
/// off until the first throttling answer; from then on every attempt takes a token from a bucket filled at the allowed rate.
/// A throttling answer sets the rate to 0.7 × the measured send rate (CUBIC's multiplicative decrease); each other answer
/// moves it along the cubic 0.4 × (t − K)³ + Wmax back up, never above twice the measured rate nor below 0.5 per second.
/// </summary>
public sealed class ClientRateLimiter(TimeProvider time)
{
    private const double MinRate = 0.5;
    private const double Beta = 0.7;
    private const double ScaleConstant = 0.4;
    private const double MaxRateAdjustScale = 2.0;
    private const double Smoothing = 0.8;
    private const double TimeBucketRange = 0.5;

    private readonly Lock _lock = new();
    private bool _enabled;
    private double _fillRate = 1;
    private double _maxCapacity = 1;
    private double _capacity;
    private double? _lastRefill;

    // CUBIC's state: the rate at the last throttle, when it came, and the time the curve takes to climb back to it.
    private double _wMax;
    private double _k;
    private double _lastThrottle = Seconds(time);

    // The measured send rate: answers counted per half second, smoothed.
    private double _measuredRate;
    private double _lastBucket = Math.Floor(Seconds(time));
    private int _count;

    public bool Enabled
    {
        get
        {
            lock (_lock)
            {
                return _enabled;
            }
        }
    }

    /// <summary>The sends per second now allowed (meaningful once enabled).</summary>
    public double AllowedRate
    {
        get
        {
            lock (_lock)
            {
                return _fillRate;
            }
        }
    }

    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                if (!_enabled)
                {
                    return;
                }

                Refill();
                if (_capacity >= 1)
                {
                    _capacity -= 1;
                    return;
                }

                wait = TimeSpan.FromSeconds((1 - _capacity) / _fillRate);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Update(bool throttled)
    {
        lock (_lock)
        {
            var measured = Record();
            var now = Seconds(time);
            double rate;
            if (throttled)
            {
                _wMax = _enabled ? Math.Min(measured, _fillRate) : measured;
                _k = Math.Cbrt(_wMax * (1 - Beta) / ScaleConstant);
                _lastThrottle = now;
                rate = _wMax * Beta;
                _enabled = true;
            }
            else
            {
                rate = (ScaleConstant * Math.Pow(now - _lastThrottle - _k, 3)) + _wMax;
            }

            SetRate(Math.Min(rate, MaxRateAdjustScale * measured));
        }
    }

    private static double Seconds(TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0;

    private void SetRate(double rate)
    {
        Refill();
        _fillRate = Math.Max(rate, MinRate);
        _maxCapacity = Math.Max(rate, 1);
        _capacity = Math.Min(_capacity, _maxCapacity);
    }

    private void Refill()
    {
        var now = Seconds(time);
        if (_lastRefill is { } last)
        {
            _capacity = Math.Min(_maxCapacity, _capacity + ((now - last) * _fillRate));
        }

        _lastRefill = now;
    }

    private double Record()
    {
        var bucket = Math.Floor(Seconds(time) / TimeBucketRange) * TimeBucketRange;
        _count++;
        if (bucket > _lastBucket)
        {
            _measuredRate = (_count / (bucket - _lastBucket) * Smoothing) + (_measuredRate * (1 - Smoothing));
            _count = 0;
            _lastBucket = bucket;
        }

        return _measuredRate;
    }
}
