using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Tests.Faults;

public class TokenBucketTests
{
    [Fact]
    public void Allows_the_burst_then_refills_at_the_sustained_rate()
    {
        var t0 = VirtualClock.DefaultStart;
        var bucket = new TokenBucket(burst: 100, perSecond: 40, t0);

        Assert.Equal(100, Enumerable.Range(0, 150).Count(_ => bucket.TryTake(t0)));
        Assert.Equal(40, Enumerable.Range(0, 100).Count(_ => bucket.TryTake(t0.AddSeconds(1))));
    }
}
