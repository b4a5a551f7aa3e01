namespace EcsScaling.Functions.Hosting;

/// <summary>
/// Cold-start steps (init, then each invocation's next/handled) stamped on stderr as "init-timing
/// STEP UTC-TICKS" when ECS_SCALING_INIT_TIMINGS=1, so the cold-start bench can say where the
/// time goes; silent (one flag test) otherwise.
/// </summary>
public static class InitTimings
{
    public const string Variable = "ECS_SCALING_INIT_TIMINGS";

    private static readonly bool Enabled = Environment.GetEnvironmentVariable(Variable) == "1";

    public static void Mark(string step)
    {
        if (Enabled)
        {
            // The bench compares these stamps with its own start in another process: the system's wall clock, not a run's clock.
            Console.Error.WriteLine($"init-timing {step} {TimeProvider.System.GetUtcNow().UtcTicks}");
        }
    }
}
