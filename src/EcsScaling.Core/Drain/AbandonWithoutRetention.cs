namespace EcsScaling.Core.Drain;

/// <summary>
/// What an abandon bound does on a group without a retention policy, where ABANDON terminates the instance
/// as CONTINUE would, only sooner and with the holding service's tasks still on it
/// (<see cref="DrainVariables.AbandonWithoutRetention"/>).
/// </summary>
public enum AbandonWithoutRetention
{
    /// <summary>Nothing is abandoned: the drain goes on to the max drain time, with a warning each sweep naming the service.</summary>
    Wait,

    /// <summary>The operator asked for ABANDON anyway: it is sent, and Auto Scaling terminates the instance.</summary>
    Abandon,
}
