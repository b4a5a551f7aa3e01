using EcsScaling.Core.Observability;
using EcsScaling.Functions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Functions.Tests.Hosting;

public class LambdaContextTests
{
    [Fact]
    public void Remaining_time_follows_the_clock_and_stops_at_zero()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
        var invocation = new Invocation("r-1", time.GetUtcNow().AddSeconds(30), "arn:fn", "Root=1", ReadOnlyMemory<byte>.Empty);
        var context = new LambdaContext(invocation, "drain", time, new CapturingTelemetry());

        Assert.Equal(TimeSpan.FromSeconds(30), context.RemainingTime);
        time.Advance(TimeSpan.FromSeconds(25));
        Assert.Equal(TimeSpan.FromSeconds(5), context.RemainingTime);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.Zero, context.RemainingTime);
        Assert.Equal(("r-1", "drain", "arn:fn", "Root=1"), (context.AwsRequestId, context.FunctionName, context.InvokedFunctionArn, context.TraceId));
    }
}
