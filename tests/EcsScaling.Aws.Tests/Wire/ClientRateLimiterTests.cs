using EcsScaling.Aws.Wire;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Aws.Tests.Wire;

/// <summary>Adaptive mode's client-side rate (botocore's retries/adaptive.py, bucket.py, throttling.py), on virtual time.</summary>
public class ClientRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 21, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Until_the_first_throttle_nothing_waits()
    {
        var limiter = new ClientRateLimiter(_time);
        for (var i = 0; i < 100; i++)
        {
            limiter.Update(throttled: false);
            var acquired = limiter.AcquireAsync(CancellationToken.None);
            Assert.True(acquired.IsCompletedSuccessfully);
            await acquired;
        }

        Assert.False(limiter.Enabled);
    }

    [Fact]
    public void A_throttle_cuts_the_rate_to_seven_tenths_of_what_was_sent_and_successes_climb_back()
    {
        var limiter = new ClientRateLimiter(_time);
        // 10 answers a second for three seconds: the measured rate settles near 10.
        for (var i = 0; i < 30; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            limiter.Update(throttled: false);
        }

        _time.Advance(TimeSpan.FromMilliseconds(100));
        limiter.Update(throttled: true);
        var cut = limiter.AllowedRate;
        // Still sending 10 a second: three seconds is past the time K = ∛(Wmax × 0.3 / 0.4) ≈ 2 s the cubic takes
        // to climb back to the rate at the throttle, so the allowed rate is above that rate again.
        for (var i = 0; i < 30; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(100));
            limiter.Update(throttled: false);
        }

        var recovered = limiter.AllowedRate;

        Assert.True(limiter.Enabled);
        Assert.InRange(cut, 0.7 * 9, 0.7 * 10.5);
        Assert.True(recovered > cut / 0.7, $"{recovered} after 3 s, {cut} after the throttle");
    }

    [Fact]
    public async Task Once_enabled_an_attempt_beyond_the_rate_waits_for_a_token()
    {
        var limiter = new ClientRateLimiter(_time);
        limiter.Update(throttled: true);
        // No rate measured yet: the floor of half a request a second, and one token's capacity.
        Assert.Equal(0.5, limiter.AllowedRate);

        var first = limiter.AcquireAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(2));
        await first;
        var second = limiter.AcquireAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1.01));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
