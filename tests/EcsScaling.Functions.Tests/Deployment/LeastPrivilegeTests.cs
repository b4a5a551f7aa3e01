using System.Text.RegularExpressions;
using EcsScaling.Simulation.Faults;
using EcsScaling.Functions.Iam;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>Each function's role grants exactly what FunctionPermissions derives for it, and nothing broad.</summary>
public partial class LeastPrivilegeTests
{
    public static TheoryData<string> FunctionResources => [.. SamTemplate.Functions.Select(f => f.LogicalId)];

    [Theory]
    [MemberData(nameof(FunctionResources))]
    public void Role_grants_exactly_the_declared_actions(string logicalId)
    {
        var function = SamTemplate.Functions.Single(f => f.LogicalId == logicalId);
        var granted = function.Statements.SelectMany(s => s.Actions).ToHashSet(StringComparer.Ordinal);
        var declared = FunctionCatalog.Permissions.ActionsFor(function.Handler!).ToHashSet(StringComparer.Ordinal);

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
    public void Actions_with_required_conditions_are_granted_only_with_them()
    {
        var grants = Grants(FunctionPermissions.RequiredConditions.Keys);
        var problems = grants
            .SelectMany(g => FunctionPermissions.RequiredConditions[g.Action]
                .Where(required => !(g.Statement.Conditions ?? new Dictionary<string, IReadOnlyList<string>>()).TryGetValue(required.Key, out var values)
                    || (required.Value is { } value && !values.SequenceEqual([value])))
                .Select(required => $"{g.Statement.FunctionId}/{g.Statement.Sid}: {g.Action} lacks {required.Key}{(required.Value is null ? "" : " = " + required.Value)}"))
            .ToList();

        Assert.NotEmpty(grants);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Cluster_only_actions_are_granted_on_cluster_arns_only()
    {
        var grants = Grants(FunctionPermissions.ClusterOnlyActions);
        var wide = grants
            .Where(g => g.Statement.ResourceIsStar || !g.Statement.ResourceText.Contains(":cluster/", StringComparison.Ordinal)
                || OtherEcsResource().IsMatch(g.Statement.ResourceText))
            .Select(g => $"{g.Statement.FunctionId}/{g.Statement.Sid}: {g.Action} on {g.Statement.ResourceText}")
            .ToList();

        Assert.NotEmpty(grants);
        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    [Fact]
    public void Target_tracking_alarms_are_the_only_alarms_written()
    {
        var grants = Grants(["cloudwatch:PutMetricAlarm", "cloudwatch:DeleteAlarms"]);
        var wide = grants.Where(g => !g.Statement.ResourceText.EndsWith(":alarm:TargetTracking-*", StringComparison.Ordinal))
            .Select(g => $"{g.Statement.FunctionId}/{g.Statement.Sid}: {g.Action} on {g.Statement.ResourceText}")
            .ToList();

        Assert.NotEmpty(grants);
        Assert.True(wide.Count == 0, string.Join("\n", wide));
    }

    [Fact]
    public void Single_arns_name_the_partition_and_account_of_the_stack()
    {
        var literal = SamTemplate.Functions.SelectMany(f => f.Statements)
            .Where(s => LiteralPartitionOrAccount().IsMatch(s.ResourceText))
            .Select(s => $"{s.FunctionId}/{s.Sid}: {s.ResourceText}")
            .ToList();

        Assert.True(literal.Count == 0, string.Join("\n", literal));
    }

    private static List<(string Action, PolicyStatement Statement)> Grants(IEnumerable<string> actions)
    {
        var wanted = actions.ToHashSet(StringComparer.Ordinal);
        return [.. SamTemplate.Functions.SelectMany(f => f.Statements).SelectMany(s => s.Actions.Where(wanted.Contains).Select(a => (a, s)))];
    }

    [GeneratedRegex(":(service|task|container-instance|task-definition|capacity-provider)/")]
    private static partial Regex OtherEcsResource();

    /// <summary>An ARN with a literal partition (arn:aws:) or a 12-digit account instead of ${AWS::Partition} / ${AWS::AccountId}.</summary>
    [GeneratedRegex(@"arn:aws[a-z-]*:|:\d{12}:")]
    private static partial Regex LiteralPartitionOrAccount();

    [Fact]
    public void The_template_grants_something_to_be_checked()
    {
        Assert.Contains(SamTemplate.Functions, f => f.Statements.Any(s => s.Actions.Any(ApiCallCounter.IsMutating)));
    }
}
