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

    [Fact]
    public void A_drift_report_puts_each_forecast_beside_the_desired_count()
    {
        var json = ReferenceJson.Written(ResultSamples.PolicyDrift, PolicyResultJson.Write);

        Assert.Equal(
            """{"outcome":"NoChange","profile":"normal","dryRun":true,"changes":[],"message":"AWS matches profile normal","forecasts":["""
            + """{"resourceId":"service/prod/web","policyName":"ecs-scaling-forecast","desiredCount":4,"capacity":[{"at":"2026-11-27T03:00:00+00:00","value":5},{"at":"2026-11-27T04:00:00+00:00","value":7.5}],"updatedAt":"2026-11-27T02:00:00+00:00"},"""
            + """{"resourceId":"service/prod/api","policyName":"ecs-scaling-forecast","capacity":[],"note":"no forecast yet"}]}""",
            json);
        Assert.Equal(ReferenceJson.Of(ResultSamples.PolicyDrift), json);
    }
}
