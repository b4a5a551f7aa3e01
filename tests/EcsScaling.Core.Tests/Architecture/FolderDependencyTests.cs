using System.Text.RegularExpressions;

namespace EcsScaling.Core.Tests.Architecture;

/// <summary>
/// Core's folders form layers (docs/architecture.md): a folder may use the ones below it, never one
/// that uses it back; in Functions, Ops/ uses the capability folders and never the reverse. Read from
/// the sources, so a new <c>using</c> that closes a loop fails here.
/// </summary>
public partial class FolderDependencyTests
{
    [Fact]
    public void Core_folders_have_no_loop()
    {
        var graph = ReadCoreGraph();
        Assert.Contains("Clusters", graph.Keys);
        Assert.Null(FindLoop(graph));
    }

    [Theory]
    [InlineData("Drain")]
    [InlineData("Rebalance")]
    [InlineData("Policies")]
    [InlineData("ClusterMetrics")]
    [InlineData("Status")]
    public void A_functions_capability_folder_does_not_use_ops(string folder)
    {
        var files = RepositorySources.Files(Path.Combine("src", "EcsScaling.Functions", folder)).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.DoesNotMatch(FunctionsOpsReference(), File.ReadAllText(file)));
    }

    [Fact]
    public void Each_core_folder_is_its_namespace()
    {
        foreach (var file in RepositorySources.Files(Path.Combine("src", "EcsScaling.Core")))
        {
            var folder = Path.GetRelativePath(CoreSource(), Path.GetDirectoryName(file)!).Replace(Path.DirectorySeparatorChar, '.');
            var expected = folder == "." ? "EcsScaling.Core" : "EcsScaling.Core." + folder;
            Assert.Contains($"namespace {expected};", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Loop_finder_finds_a_loop_and_names_it()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Metrics"] = ["Clusters", "Rebalance"],
            ["Rebalance"] = ["Clusters", "Metrics"],
            ["Clusters"] = ["Model"],
            ["Model"] = [],
        };
        Assert.Equal("Metrics → Rebalance → Metrics", FindLoop(graph));
        graph["Rebalance"].Remove("Metrics");
        Assert.Null(FindLoop(graph));
    }

    internal static string? FindLoop(IReadOnlyDictionary<string, HashSet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        string? Visit(string folder)
        {
            if (path.IndexOf(folder) is var at and >= 0)
            {
                return string.Join(" → ", path.Skip(at).Append(folder));
            }

            if (!done.Add(folder))
            {
                return null;
            }

            path.Add(folder);
            foreach (var next in graph.GetValueOrDefault(folder, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } loop)
                {
                    return loop;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return graph.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(loop => loop is not null);
    }

    private static Dictionary<string, HashSet<string>> ReadCoreGraph()
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in RepositorySources.Files(Path.Combine("src", "EcsScaling.Core")))
        {
            var folder = Path.GetRelativePath(CoreSource(), Path.GetDirectoryName(file)!).Split(Path.DirectorySeparatorChar)[0];
            var uses = graph.TryGetValue(folder, out var set) ? set : graph[folder] = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match match in CoreReference().Matches(File.ReadAllText(file)))
            {
                if (match.Groups[1].Value != folder)
                {
                    uses.Add(match.Groups[1].Value);
                }
            }
        }

        return graph;
    }

    private static string CoreSource() => Path.Combine(RepositorySources.Root(), "src", "EcsScaling.Core");

    // A using or a qualified name: both make the folder depend on the other.
    [GeneratedRegex(@"\b(?:EcsScaling\.)?Core\.([A-Z][A-Za-z]*)\b")]
    private static partial Regex CoreReference();

    // Ops/ routes to the capabilities' commands, so a capability naming Ops/ would close a loop.
    [GeneratedRegex(@"\bFunctions\.Ops\b")]
    private static partial Regex FunctionsOpsReference();
}
