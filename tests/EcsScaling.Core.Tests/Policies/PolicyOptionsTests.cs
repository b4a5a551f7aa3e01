using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies;

public class PolicyOptionsTests
{
    [Fact]
    public void An_alarm_mapped_to_a_profile_the_document_lacks_is_rejected()
    {
        var options = new PolicyOptions("p", PolicyMode.Report, [new AlarmProfile("a", "surgee")], TimeSpan.Zero, PolicyHarness.ClusterArn, "ecs-scaling-");

        var error = Assert.Throws<PolicyValidationException>(() => options.CheckAgainst(PolicyDocument.Load(PolicyHarness.SampleDocument)));

        Assert.Equal("ECS_SCALING_POLICY_ALARM_PROFILES: alarm 'a' maps to unknown profile 'surgee'; the document defines normal, surge", error.Message);
    }
}
