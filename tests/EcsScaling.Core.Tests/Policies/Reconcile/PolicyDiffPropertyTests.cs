using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Reconcile;
using EcsScaling.Core.Tests.Fakes;
using FsCheck.Xunit;

namespace EcsScaling.Core.Tests.Policies.Reconcile;

public class PolicyDiffPropertyTests
{
    private const string Prefix = PolicyScenario.Prefix;

    [Property(Arbitrary = [typeof(PolicyScenarioArbitrary)], MaxTest = 300)]
    public void Applying_the_plan_to_the_described_state_yields_the_document(PolicyScenario scenario)
    {
        var aws = scenario.Seed();

        Reconcile(aws, scenario);

        foreach (var desired in scenario.Desired)
        {
            Assert.Equal(desired.Target ?? scenario.ExistingTargets.Single(t => t.Resource == desired.Resource), aws.Targets[desired.Resource]);
            var owned = aws.Policies.GetValueOrDefault(desired.Resource)?.Values.Where(p => p.PolicyName.StartsWith(Prefix, StringComparison.Ordinal)).ToList() ?? [];
            Assert.Equal(desired.Policies.Select(p => Prefix + p.Name).Order(StringComparer.Ordinal), owned.Select(p => p.PolicyName).Order(StringComparer.Ordinal));
            foreach (var spec in desired.Policies)
            {
                var actual = owned.Single(p => p.PolicyName == Prefix + spec.Name).Configuration;
                Assert.Empty(PolicyComparer.Differences(spec.Configuration, actual, desired.Resource.Kind));
            }
        }
    }

    [Property(Arbitrary = [typeof(PolicyScenarioArbitrary)], MaxTest = 300)]
    public void A_second_reconcile_right_after_the_first_makes_no_call_beyond_the_describes(PolicyScenario scenario)
    {
        var aws = scenario.Seed();
        Reconcile(aws, scenario);
        var mutatingAfterFirst = aws.Calls.Mutating;

        var second = Reconcile(aws, scenario);

        Assert.Empty(second);
        Assert.Equal(mutatingAfterFirst, aws.Calls.Mutating);
    }

    [Property(Arbitrary = [typeof(PolicyScenarioArbitrary)], MaxTest = 300)]
    public void Foreign_policies_are_never_deleted_or_changed(PolicyScenario scenario)
    {
        var aws = scenario.Seed();
        var foreignBefore = aws.All.Where(p => !p.PolicyName.StartsWith(Prefix, StringComparison.Ordinal)).ToList();

        var plan = Reconcile(aws, scenario);

        Assert.DoesNotContain(plan, c => !c.Drift.Name.StartsWith(Prefix, StringComparison.Ordinal) && c.Drift.Subject == DriftSubject.Policy);
        Assert.All(foreignBefore, p => Assert.Same(p, aws.Policies[p.Resource][p.PolicyName]));
    }

    private static IReadOnlyList<PolicyChange> Reconcile(FakeScalingPolicies aws, PolicyScenario scenario)
    {
        var reconciler = new PolicyReconciler(aws, new CapturingTelemetry(), Prefix);
        var profile = new ResolvedProfile("normal", scenario.Desired);
        var plan = reconciler.PlanAsync(profile, default).GetAwaiter().GetResult();
        reconciler.ApplyAsync(profile.Name, plan, default).GetAwaiter().GetResult();
        return plan;
    }
}
