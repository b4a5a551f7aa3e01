using EcsScaling.Aws.Wire;
using EcsScaling.Functions.ClusterMetrics;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.ClusterMetrics;

public class ClusterJsonTests
{
    [Fact]
    public void A_metrics_summary_omits_what_a_failed_cluster_could_not_measure()
    {
        var json = ReferenceJson.Written(ResultSamples.Metrics, ClusterJson.WriteResult);

        Assert.Equal(
            """{"clusters":[{"cluster":"prod","imbalanceScore":0.1,"cpuReservationPercent":40,"memoryReservationPercent":50.5,"activeInstances":3,"drainingInstances":1,"emptyInstances":2,"services":2,"scaleIn":{"cluster":"prod","group":"asg","empty":["i-3","i-4"],"givenBack":["i-3"],"desiredBefore":3,"desiredAfter":2,"minSize":2}},{"cluster":"missing","activeInstances":0,"drainingInstances":0,"emptyInstances":0,"services":0,"error":"ClusterNotFoundException"}]}""",
            json);
        Assert.Equal(ReferenceJson.Of(ResultSamples.Metrics), json);
    }

    [Fact]
    public void A_measurement_is_what_the_reference_serializer_writes()
    {
        Assert.Equal(ReferenceJson.Of(ResultSamples.Measurement), ReferenceJson.Written(ResultSamples.Measurement, static (w, m) => w.Members(m, ClusterJson.WriteMeasurementMembers)));
    }
}
