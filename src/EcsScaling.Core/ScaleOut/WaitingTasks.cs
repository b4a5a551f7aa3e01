namespace EcsScaling.Core.ScaleOut;

/// <summary>Unplaced tasks that fit on no ACTIVE instance as it is now, and what they need (<see cref="ScaleOutPlanner.Fit"/>).</summary>
/// <param name="Count">Tasks waiting.</param>
/// <param name="InstancesNeeded">New instances they pack into, first-fit by reservation.</param>
/// <param name="TooLarge">Waiting tasks larger than a new instance's room.</param>
/// <param name="Services">The services with waiting tasks.</param>
/// <param name="ActiveInstanceIds">EC2 ids of the cluster's ACTIVE instances: the group's instances that are there.</param>
public sealed record WaitingTasks(string Cluster, int Count, int InstancesNeeded, int TooLarge, IReadOnlyList<string> Services, IReadOnlySet<string> ActiveInstanceIds);
