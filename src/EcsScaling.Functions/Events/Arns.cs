namespace EcsScaling.Functions.Events;

/// <summary>arn:partition:service:region:account:resource — only the parts the parser needs.</summary>
public static class Arns
{
    public static string? Region(string? arn) => Part(arn, 3);

    public static string? Account(string? arn) => Part(arn, 4);

    private static string? Part(string? arn, int index)
    {
        var parts = arn?.Split(':', 6);
        return parts is { Length: 6 } && parts[0] == "arn" && parts[index].Length > 0 ? parts[index] : null;
    }
}
