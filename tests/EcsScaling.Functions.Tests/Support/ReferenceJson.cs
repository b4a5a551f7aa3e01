using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Tests.Support;

/// <summary>
/// The oracle for the hand-written result writers: System.Text.Json's reflection serializer with the
/// options the results are written with (camelCase, enums by name but AWS words as AWS spells them, null members omitted — which the
/// rebalance and cluster-metrics answers did not do before the writers, when they carried explicit nulls).
/// </summary>
public static class ReferenceJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new WireTextConverter<LifecycleResult>(LifecycleResultText.Wire), new WireTextConverter<DrainOutcome>(DrainOutcomeText.Wire), new WireTextConverter<AbandonEffect>(AbandonEffectText.Wire), new FlatDrainActionConverter(), new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The value as its runtime type, so a derived event is written whole.</summary>
    public static string Of(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    /// <summary>What a hand-written writer produced, as text.</summary>
    public static string Written<T>(T value, Action<Utf8JsonWriter, T> write) => System.Text.Encoding.UTF8.GetString(Utf8JsonWriterMembers.ToUtf8(value, write));
}
