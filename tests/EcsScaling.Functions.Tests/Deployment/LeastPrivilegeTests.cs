using EcsScaling.Simulation.Faults;
using EcsScaling.Functions.Functions;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>Each function's role grants exactly what FunctionPermissions derives for it, and nothing broad.</summary>
public class LeastPrivilegeTests
{
    public static TheoryData<string> FunctionResources => [.. SamTemplate.Functions.Select(f => f.LogicalId)];

    [Theory]
    [MemberData(nameof(FunctionResources))]
    public void Role_grants_exactly_the_declared_actions(string logicalId)
    {
        var function = SamTemplate.Functions.Single(f => f.LogicalId == logicalId);
        var granted = function.Statements.SelectMany(s => s.Actions).ToHashSet(StringComparer.Ordinal);
        var declared = FunctionPermissions.ActionsFor(function.Handler!).ToHashSet(StringComparer.Ordinal);

        var missing = declared.Except(granted).Order(StringComparer.Ordinal).ToList();
        var extra = granted.Except(declared).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{logicalId} ({function.Handler}): missing [{string.Join(", ", missing)}], not declared [{string.Join(", ", extra)}]");
    }

    [Fact]
    public void No_statement_uses_wildcard_actions()
    {
        var wildcards = SamTemplate.Functions.SelectMany(f => f.Statements)
            .SelectMany(s => s.Actions.Where(a => a.Contains('*', StringComparison.Ordinal)).Select(a => $"{s.FunctionId}/{s.Sid}: {a}"))
            .ToList();

        Assert.Empty(wildcards);
    }

    [Fact]
    public void Mutating_actions_are_never_granted_on_an_unconditioned_star()
    {
        var broad = SamTemplate.Functions.SelectMany(f => f.Statements)
            .Where(s => s.ResourceIsStar && !s.HasCondition)
            .SelectMany(s => s.Actions.Where(ApiCallCounter.IsMutating).Select(a => $"{s.FunctionId}/{s.Sid}: {a}"))
            .ToList();

        Assert.Empty(broad);
    }

    [Fact]
    public void The_template_grants_something_to_be_checked()
    {
        Assert.Contains(SamTemplate.Functions, f => f.Statements.Any(s => s.Actions.Any(ApiCallCounter.IsMutating)));
    }
}
