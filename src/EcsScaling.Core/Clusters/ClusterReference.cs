namespace EcsScaling.Core.Clusters;

/// <summary>
/// One ECS cluster as configuration, an event or an operator names it: a bare name or a cluster ARN
/// (<c>arn:partition:ecs:region:account:cluster/name</c>). ECS accepts either form in every call, so
/// <see cref="Text"/> is passed on as given; two references are the same cluster when their names
/// match, unless both are ARNs, which must then match whole (a same-named cluster in another
/// account or region is someone else's).
/// </summary>
public readonly record struct ClusterReference
{
    private const int MaxNameLength = 255;

    private ClusterReference(string text, string name, bool isArn) => (Text, Name, IsArn) = (text, name, isArn);

    public string Text { get; }

    /// <summary>The cluster name, which is what CloudWatch's ClusterName dimension carries.</summary>
    public string Name { get; }

    public bool IsArn { get; }

    /// <exception cref="FormatException">Neither a cluster name nor a cluster ARN; the message says why.</exception>
    public static ClusterReference Parse(string text) =>
        TryParse(text, out var reference, out var problem) ? reference : throw new FormatException(problem);

    public static bool TryParse(string text, out ClusterReference reference, out string problem)
    {
        reference = default;
        var isArn = text.StartsWith("arn:", StringComparison.Ordinal);
        var name = isArn ? ArnName(text) : text;
        problem = name is null
            ? $"\"{text}\" is not an ECS cluster ARN (arn:partition:ecs:region:account:cluster/name)"
            : NameProblem(name) is { } why ? $"\"{text}\": {why}" : "";
        if (problem.Length > 0)
        {
            return false;
        }

        reference = new ClusterReference(text, name!, isArn);
        return true;
    }

    public bool Matches(ClusterReference other) => IsArn && other.IsArn
        ? string.Equals(Text, other.Text, StringComparison.Ordinal)
        : string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> names this cluster; text that names no cluster matches nothing.</summary>
    public bool Matches(string text) => TryParse(text, out var other, out _) && Matches(other);

    /// <summary>The name in a name or an ARN, for text already known to name a cluster (an ECS answer, a dimension).</summary>
    public static string NameOf(string text) => TryParse(text, out var reference, out _) ? reference.Name : text;

    public override string ToString() => Text;

    private static string? ArnName(string arn)
    {
        var parts = arn.Split(':', 6);
        return parts.Length == 6 && parts[1].StartsWith("aws", StringComparison.Ordinal) && parts[1].All(c => char.IsAsciiLetterLower(c) || c == '-')
            && parts[2] == "ecs" && parts[3].Length > 0 && parts[3].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && parts[4].Length == 12 && parts[4].All(char.IsAsciiDigit) && parts[5].StartsWith("cluster/", StringComparison.Ordinal)
            ? parts[5]["cluster/".Length..]
            : null;
    }

    // ECS: up to 255 letters (upper or lower case), numbers, underscores and hyphens.
    private static string? NameProblem(string name) =>
        name.Length == 0 ? "the cluster name is empty"
        : name.Length > MaxNameLength ? $"a cluster name has at most {MaxNameLength} characters"
        : name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? null
        : "a cluster name has only letters, numbers, hyphens and underscores";
}
