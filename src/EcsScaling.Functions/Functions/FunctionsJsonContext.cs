using System.Text.Json.Serialization;
using EcsScaling.Core.Events;

namespace EcsScaling.Functions.Functions;

/// <summary>
/// Source-generated JSON for everything the functions return. Wiring a Core handler means adding
/// its result type here ([JsonSerializable(typeof(DrainResult))]) and using FunctionsJsonContext.Default.DrainResult.
/// Every concrete ScalingEvent is listed so events can be written inside any result.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(ScalingEventJsonConverter)],
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(NormalisedEvent))]
[JsonSerializable(typeof(EcsScaling.Functions.Ops.OpsResponse))]
[JsonSerializable(typeof(LifecycleActionEvent))]
[JsonSerializable(typeof(AutoScalingTestNotification))]
[JsonSerializable(typeof(ContainerInstanceStateChanged))]
[JsonSerializable(typeof(TaskStateChanged))]
[JsonSerializable(typeof(ServiceActionEvent))]
[JsonSerializable(typeof(AlarmStateChanged))]
[JsonSerializable(typeof(SpotInterruptionWarning))]
[JsonSerializable(typeof(RebalanceRecommendation))]
[JsonSerializable(typeof(ScheduledTick))]
public sealed partial class FunctionsJsonContext : JsonSerializerContext;
