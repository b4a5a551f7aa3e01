using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Disruption;

public class DisruptedInstancesTests
{
    private static ContainerInstance Draining(string id, string? reason)
    {
        var instance = Build.Instance(id, ContainerInstanceStatus.Draining);
        return reason is null ? instance : instance with { Attributes = new Dictionary<string, string?>(instance.Attributes) { [DisruptedInstances.DrainReasonAttribute] = reason } };
    }

    [Theory]
    [InlineData("terminate-hook", DisruptionReason.ScaleIn)]
    [InlineData("terminate-hook/sweeper", DisruptionReason.ScaleIn)]
    [InlineData("spot-interruption", DisruptionReason.SpotInterruption)]
    [InlineData("rebalance-recommendation", DisruptionReason.RebalanceRecommendation)]
    [InlineData("manual", DisruptionReason.Manual)]
    [InlineData("someone else", DisruptionReason.Other)]
    [InlineData(null, DisruptionReason.Other)]
    public void The_drain_reason_attribute_says_why_an_instance_drains(string? attribute, DisruptionReason reason) =>
        Assert.Equal(reason, DisruptedInstances.ReasonOf(attribute));

    [Fact]
    public void Draining_instances_count_by_reason_the_wave_tag_names_the_rebalance_drain_and_freed_instances_count_as_consolidation()
    {
        var rebalanced = Draining("i-r", null);
        var freed = Build.Instance("i-f");
        var instances = new[] { Build.Instance("i-1"), freed, Draining("i-2", "terminate-hook"), Draining("i-3", null), rebalanced, Build.Instance("i-x", ContainerInstanceStatus.Deregistering) };

        var disrupted = DisruptedInstances.Of(instances, rebalanced.Arn, new HashSet<string> { freed.Arn });

        Assert.Equal(5, disrupted.Total);
        Assert.Equal(4, disrupted.Count);
        Assert.Equal(1, disrupted.Of(DisruptionReason.ScaleIn));
        Assert.Equal(1, disrupted.Of(DisruptionReason.Other));
        Assert.Equal(1, disrupted.Of(DisruptionReason.Rebalance));
        Assert.Equal(1, disrupted.Of(DisruptionReason.Consolidation));
        Assert.Equal("4 disrupted (scale-in 1, rebalance 1, consolidation 1, other 1) of 5", disrupted.Describe());
    }
}
