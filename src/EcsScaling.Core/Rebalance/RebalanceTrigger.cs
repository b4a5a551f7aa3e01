namespace EcsScaling.Core.Rebalance;

/// <summary>Why an invocation runs: only Alarm, Schedule (when enabled) and Manual may start a rebalance; Continue only advances one in progress.</summary>
public enum RebalanceTrigger
{
    Alarm,
    Schedule,
    Manual,
    Continue,
}
