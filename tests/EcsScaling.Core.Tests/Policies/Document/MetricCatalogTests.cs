using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies.Document;

public class MetricCatalogTests
{
    [Fact]
    public void Predefined_metrics_differ_between_services_and_groups_but_both_take_ALB_requests()
    {
        Assert.Contains("ECSServiceAverageCPUUtilization", MetricCatalog.PredefinedFor(ScalableResourceKind.EcsService));
        Assert.DoesNotContain("ECSServiceAverageCPUUtilization", MetricCatalog.PredefinedFor(ScalableResourceKind.AutoScalingGroup));
        Assert.All([ScalableResourceKind.EcsService, ScalableResourceKind.AutoScalingGroup], k => Assert.Contains(MetricCatalog.AlbRequestCountPerTarget, MetricCatalog.PredefinedFor(k)));
    }

    [Theory]
    [InlineData("ASGAverageCPUUtilization", null, null, true)]
    [InlineData("ASGAverageNetworkIn", null, null, false)]
    [InlineData(null, "AWS/ECS", "MemoryReservation", true)]
    [InlineData(null, "AWS/ECS", "RunningTaskCount", false)]
    [InlineData(null, "App", "CPUReservation", false)]
    public void Percent_metrics_are_recognised(string? predefined, string? metricNamespace, string? metricName, bool isPercent)
    {
        var custom = metricNamespace is null ? null : new CustomizedMetric(metricNamespace, metricName!, [], "Average", null);

        Assert.Equal(isPercent, MetricCatalog.IsPercent(new TargetTrackingConfiguration(50, predefined, null, custom, null, null, false)));
    }
}
