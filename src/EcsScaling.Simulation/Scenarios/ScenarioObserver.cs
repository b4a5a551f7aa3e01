using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>Hooks for narration and progress; every method is optional.</summary>
public class ScenarioObserver
{
    /// <summary>The world is built and settled; subscribe to <see cref="Simulator.Events"/> here to narrate.</summary>
    public virtual void Started(Simulator simulator)
    {
    }

    public virtual void Step(TimelineStep step, DateTimeOffset at)
    {
    }

    /// <summary>An event reached the bus's subscribers; <paramref name="handled"/> says whether any function takes it.</summary>
    public virtual void Delivered(SimEvent simEvent, bool handled)
    {
    }

    public virtual void Progress(TimeSpan elapsed, TimeSpan total)
    {
    }
}
