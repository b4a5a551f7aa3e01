using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Status;

/// <summary>What status adds to the drains in progress that were abandoned at their bound.</summary>
public static class AbandonedDrains
{
    /// <summary>
    /// Drains abandoned at their bound, with the instance's Auto Scaling state (one DescribeAutoScalingInstances per 50,
    /// none when nothing was abandoned): a retained instance waits for a person. Status answers without the state if the read fails.
    /// </summary>
    public static async Task<List<DrainProgress>> AddAsync(IAutoScalingGateway autoScaling, List<DrainProgress> draining, IReadOnlyList<ContainerInstance> instances, CancellationToken cancellationToken)
    {
        var abandoned = instances.Where(i => i.Status == ContainerInstanceStatus.Draining && DrainAttributes.AbandonedAt(i) is not null)
            .ToDictionary(i => i.Ec2InstanceId, StringComparer.Ordinal);
        if (abandoned.Count == 0)
        {
            return draining;
        }

        IReadOnlyDictionary<string, AutoScalingInstance> states = new Dictionary<string, AutoScalingInstance>(StringComparer.Ordinal);
        string? readFailure = null;
        try
        {
            states = (await autoScaling.DescribeInstancesAsync([.. abandoned.Keys], cancellationToken)).ToDictionary(i => i.InstanceId, StringComparer.Ordinal);
        }
        catch (AwsCallException failure)
        {
            readFailure = failure.Message;
        }

        return [.. draining.Select(d => abandoned.TryGetValue(d.Ec2InstanceId, out var instance)
            ? d with
            {
                Abandoned = AbandonedDrain.Of(d.Ec2InstanceId, DrainAttributes.AbandonedAt(instance)!.Value, DrainAttributes.ReadHeldBy(instance.Attributes),
                    states.GetValueOrDefault(d.Ec2InstanceId), readFailure),
            }
            : d)];
    }
}
