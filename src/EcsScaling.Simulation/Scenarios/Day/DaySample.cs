namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>One service in one minute of one setup: desired and running tasks, its CPU utilisation (null without a datapoint), and whether a rebalance left it below its floor.</summary>
public sealed record ServiceSample(int Desired, int Running, double? CpuUtilization, bool BelowFloorByRebalance);

/// <summary>
/// One minute of one setup (ours or ECS alone), sampled before that minute's scaling acts: with the tasks a rebalance
/// stopped in the minute before, the instances it set DRAINING (an InService instance, not one leaving the group), and the group's instances by state.
/// </summary>
public sealed record DaySample(int Minute, double Load, int Instances, string Profile, IReadOnlyDictionary<string, ServiceSample> Services, int RebalanceStops, IReadOnlyList<string> RebalanceDrains, FleetSample Fleet);
