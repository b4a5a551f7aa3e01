using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Policies;

public class PolicyResultJsonTests
{
    [Fact]
    public void A_policy_result_names_its_outcome_and_the_kinds_of_drift()
    {
        var json = ReferenceJson.Written(ResultSamples.Policy, PolicyResultJson.Write);

        Assert.Equal(
            """{"outcome":"ProfileSwitched","profile":"peak","previousProfile":"normal","dryRun":false,"changes":[{"resourceKind":"EcsService","resourceId":"service/prod/web","subject":"Policy","name":"cpu","action":"Update","differences":[{"field":"targetValue","expected":"50"},{"field":"disableScaleIn","actual":"true"}]}],"message":"switched"}""",
            json);
        Assert.Equal(ReferenceJson.Of(ResultSamples.Policy), json);
    }
}
