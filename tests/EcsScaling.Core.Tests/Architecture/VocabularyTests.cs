using System.Text.RegularExpressions;

namespace EcsScaling.Core.Tests.Architecture;

/// <summary>One word per idea (docs/architecture.md, Vocabulary): words the codebase gave up stay given up.</summary>
public sealed partial class VocabularyTests
{
    [Theory]
    [InlineData("src")]
    [InlineData("tests")]
    [InlineData("bench")]
    public void A_cancellation_token_is_always_called_cancellationToken(string folder)
    {
        // This file spells the old word on purpose.
        var offenders = RepositorySources.Files(folder).Where(file => Path.GetFileName(file) != nameof(VocabularyTests) + ".cs")
            .SelectMany(file => File.ReadLines(file).Select((line, n) => (file, line, n)))
            .Where(l => ShortName().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(RepositorySources.Root(), l.file)}:{l.n + 1}")
            .ToList();

        Assert.True(offenders.Count == 0, "CancellationToken named ct at " + string.Join(", ", offenders));
    }

    [Fact]
    public void The_check_finds_a_token_named_ct()
    {
        Assert.Matches(ShortName(), "public Task RunAsync(CancellationToken ct) =>");
        Assert.Matches(ShortName(), "await gateway.CallAsync(request, ct);");
        Assert.DoesNotMatch(ShortName(), "await gateway.CallAsync(request, cancellationToken); // act");
    }

    [GeneratedRegex(@"(?:CancellationToken ct\b|[(,]\s*ct\s*[),])")]
    private static partial Regex ShortName();

    [Fact]
    public void Core_names_its_entry_points_coordinators_and_their_answers_results()
    {
        var offenders = RepositorySources.Files(Path.Combine("src", "EcsScaling.Core"))
            .SelectMany(file => File.ReadLines(file).Where(line => GivenUpTypeName().IsMatch(line)).Select(line => $"{Path.GetFileName(file)}: {line.Trim()}"))
            .ToList();

        Assert.True(offenders.Count == 0, "given-up type names (Publisher, Summary, RunResult): " + string.Join("; ", offenders));
    }

    [Fact]
    public void The_check_finds_a_given_up_type_name()
    {
        Assert.Matches(GivenUpTypeName(), "public sealed class ClusterMetricsPublisher(IEcsGateway ecs)");
        Assert.Matches(GivenUpTypeName(), "public sealed record ClusterMetricsSummary(IReadOnlyList<ClusterMetricsReport> Clusters);");
        Assert.Matches(GivenUpTypeName(), "public sealed record RebalanceRunResult(");
        Assert.DoesNotMatch(GivenUpTypeName(), "public sealed record RebalanceResult(");
    }

    [GeneratedRegex(@"\b(?:class|record|struct|interface)\s+\w+(?:Publisher|Summary|RunResult)\b")]
    private static partial Regex GivenUpTypeName();
}
