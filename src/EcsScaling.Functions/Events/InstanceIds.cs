using System.Text.RegularExpressions;

namespace EcsScaling.Functions.Events;

/// <summary>
/// EC2 instance ids read from events. They end up in ECS filter expressions
/// (`ec2InstanceId == …`) and Auto Scaling calls, so anything but a well-formed id is refused
/// at parse time: a crafted value could otherwise widen the filter and match another instance.
/// </summary>
public static partial class InstanceIds
{
    public const string Expected = "i- followed by 8 or 17 lowercase hex digits";

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    public static string Required(EventNode node, string name) =>
        Optional(node, name) ?? throw EventNode.Fail(node.Child(name), "missing");

    public static string? Optional(EventNode node, string name)
    {
        var id = node.OptionalString(name);
        return id is null || IsValid(id) ? id : throw EventNode.Fail(node.Child(name), $"\"{Truncate(id)}\" is not an EC2 instance id ({Expected})");
    }

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64] + "…";

    [GeneratedRegex(@"^i-(?:[0-9a-f]{8}|[0-9a-f]{17})\z")]
    private static partial Regex Pattern();
}
