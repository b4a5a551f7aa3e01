namespace EcsScaling.Aws.Wire;

/// <summary>The answer of an operation whose result the gateway does not use (a tag, a policy put, a lifecycle completion).</summary>
public sealed class UnreadAnswer
{
    public static readonly UnreadAnswer Instance = new();

    private UnreadAnswer()
    {
    }
}
