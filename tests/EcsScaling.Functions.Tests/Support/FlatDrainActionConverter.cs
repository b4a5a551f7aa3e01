using System.Text.Json;
using System.Text.Json.Serialization;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Tests.Support;

/// <summary>
/// For the reference serializer: every drain action in the one flat shape the answer has always had
/// (kind, target, then the members of its kind, absent ones omitted), whatever its type.
/// </summary>
public sealed class FlatDrainActionConverter : JsonConverter<DrainAction>
{
    public override bool CanConvert(Type typeToConvert) => typeof(DrainAction).IsAssignableFrom(typeToConvert);

    public override DrainAction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

    public override void Write(Utf8JsonWriter writer, DrainAction value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, Flat(value), options);

    private static FlatAction Flat(DrainAction a) => a switch
    {
        PutAttributesAction put => new(a.Kind, a.Target, put.Cluster, Attributes: put.Attributes),
        DeleteAttributesAction delete => new(a.Kind, a.Target, delete.Cluster, Names: delete.Names),
        StopTaskAction stop => new(a.Kind, a.Target, stop.Cluster, Reason: stop.Reason),
        EcsDrainAction ecs => new(a.Kind, a.Target, ecs.Cluster),
        CompleteLifecycleAction complete => new(a.Kind, a.Target, GroupName: complete.GroupName, HookName: complete.HookName, Result: complete.Result),
        LifecycleDrainAction lifecycle => new(a.Kind, a.Target, GroupName: lifecycle.GroupName, HookName: lifecycle.HookName),
        SetScaleInProtectionAction protection => new(a.Kind, a.Target, GroupName: protection.GroupName, Names: protection.InstanceIds, Protect: protection.Protect),
        _ => throw new NotSupportedException(a.GetType().Name),
    };

    private sealed record FlatAction(
        DrainActionKind Kind,
        string Target,
        string? Cluster = null,
        string? GroupName = null,
        string? HookName = null,
        IReadOnlyDictionary<string, string>? Attributes = null,
        IReadOnlyList<string>? Names = null,
        LifecycleResult? Result = null,
        string? Reason = null,
        bool? Protect = null);
}
