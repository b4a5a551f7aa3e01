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
}
