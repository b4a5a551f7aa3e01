using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Ecs;

/// <summary>Task-level cpu/memory reservation; ContainerPort is the port a load balancer targets (host port is dynamic in bridge mode).</summary>
public sealed record SimTaskDefinition(string Arn, string Family, int Revision, Resources Reserved, string NetworkMode, string ContainerName, int ContainerPort);
