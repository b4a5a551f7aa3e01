namespace EcsScaling.Core.Drain;

/// <summary>Invalid drain configuration, raised at init with every problem found (one per line).</summary>
public sealed class DrainConfigurationException(IReadOnlyList<string> problems)
    : Exception("Invalid drain configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
