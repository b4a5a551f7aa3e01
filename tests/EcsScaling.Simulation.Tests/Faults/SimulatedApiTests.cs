using EcsScaling.Core.Gateways;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Tests.Faults;

public class SimulatedApiTests
{
    [Fact]
    public void A_persistent_throttle_surfaces_after_the_configured_attempts_with_backoff_on_virtual_time()
    {
        var sim = TestSim.Create(faults: FaultOptions.None with { ThrottleProbability = 1, MaxAttempts = 4 });
        var start = sim.Clock.GetUtcNow();

        var error = Assert.Throws<AwsCallException>(() => sim.Run(() => sim.Api.CallAsync("ecs", "StopTask", () => 1, CancellationToken.None)));

        Assert.True(error.IsThrottling);
        Assert.Equal(4, sim.Api.Calls["ecs:StopTask"]);
        Assert.True(sim.Clock.GetUtcNow() > start, "the retries waited on the virtual clock");
    }

    [Fact]
    public void Rate_limits_throttle_a_burst_and_retries_absorb_it()
    {
        var sim = TestSim.Create(faults: new FaultOptions { MaxAttempts = 10 });
        var calls = Enumerable.Range(0, 150).Select(_ => sim.Api.CallAsync("ecs", "DescribeTasks", () => 1, CancellationToken.None)).ToList();

        sim.Run(() => Task.WhenAll(calls));

        Assert.True(sim.Api.Calls.Failures["ecs:DescribeTasks"] >= 50, "the 20/s sustained rate throttled the calls beyond the burst of 100");
        Assert.All(calls, c => Assert.True(c.IsCompletedSuccessfully));
    }

    [Fact]
    public void A_validation_error_is_not_retried()
    {
        var sim = TestSim.Create(faults: FaultOptions.None with { MaxAttempts = 5 });
        Assert.Throws<AwsCallException>(() => sim.Run(() => sim.Api.CallAsync<int>("ecs", "StopTask",
            () => throw sim.Api.Error("ecs", "StopTask", "InvalidParameterException", "bad"), CancellationToken.None)));
        Assert.Equal(1, sim.Api.Calls["ecs:StopTask"]);
    }

    [Fact]
    public void Injected_server_errors_are_retried_until_one_succeeds()
    {
        var sim = TestSim.Create(faults: FaultOptions.None with { ServerErrorProbability = 0.5, MaxAttempts = 30 });
        var results = sim.Run(() => Task.WhenAll(Enumerable.Range(0, 20).Select(i => sim.Api.CallAsync("ecs", "ListTasks", () => i, CancellationToken.None))));
        Assert.Equal(Enumerable.Range(0, 20), results);
        Assert.True(sim.Api.Calls.Failures.GetValueOrDefault("ecs:ListTasks") > 0);
    }
}
