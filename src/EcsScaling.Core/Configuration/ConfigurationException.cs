namespace EcsScaling.Core.Configuration;

/// <summary>A function's environment variables are wrong: every problem, each naming its variable. No AWS call has been made.</summary>
public sealed class ConfigurationException(string area, IReadOnlyList<string> problems)
    : Exception($"Invalid {area} configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
