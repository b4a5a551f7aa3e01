namespace EcsScaling.Functions.Events;

/// <summary>A payload we cannot act on safely. Path names the field (e.g. "detail.EC2InstanceId") so ops can fix the rule or the input.</summary>
public sealed class EventParseException : Exception
{
    public EventParseException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        Path = path;
        Problem = problem;
    }

    public string Path { get; }

    public string Problem { get; }
}
