using System.Text.Json.Serialization;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Events;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Rebalance;

namespace EcsScaling.Functions.Functions;

/// <summary>
/// Source-generated JSON for everything the functions return: the one place that decides how a
/// result looks on the wire (camelCase, enums by name, nulls omitted). Wiring a Core handler means
/// adding its result type here and passing FunctionsJsonContext.Default.&lt;Type&gt;.
/// Every concrete ScalingEvent is listed so events can be written inside any result.
/// Results are only written, never read back: GenerationMode.Serialization emits direct writers and
/// no per-property metadata, and one context for all results (rather than one per Core area, which
/// the ops response would duplicate) keeps the AOT binary small (issue #2, P5).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(DrainResult))]
[JsonSerializable(typeof(PolicyResult))]
[JsonSerializable(typeof(IReadOnlyList<RebalanceRunResult>))]
[JsonSerializable(typeof(ClusterMetricsSummary))]
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
