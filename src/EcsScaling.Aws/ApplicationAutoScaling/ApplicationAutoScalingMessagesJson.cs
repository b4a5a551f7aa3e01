using System.Text.Json;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.ApplicationAutoScaling;

/// <summary>
/// Application Auto Scaling requests written and responses read (PascalCase, as on the wire), in
/// the order of ApplicationAutoScalingMessages; see JsonOperation for why by hand. AWS always
/// sends the names and ids declared non-nullable; like the former contracts, a missing one reads as null.
/// </summary>
internal static class ApplicationAutoScalingMessagesJson
{
    private static readonly AasEmptyResponse Empty = new();

    public static AasDimension ReadDimension(JsonElement e) => new(e.String("Name")!, e.String("Value")!);

    public static void WriteDimension(Utf8JsonWriter w, AasDimension d) => w.String("Name", d.Name).String("Value", d.Value);

    public static AasPredefinedMetric ReadPredefinedMetric(JsonElement e) => new(e.String("PredefinedMetricType")!, e.String("ResourceLabel"));

    public static void WritePredefinedMetric(Utf8JsonWriter w, AasPredefinedMetric m) => w.String("PredefinedMetricType", m.PredefinedMetricType).String("ResourceLabel", m.ResourceLabel);

    public static AasCustomizedMetric ReadCustomizedMetric(JsonElement e) =>
        new(e.String("MetricName"), e.String("Namespace"), e.Array("Dimensions", ReadDimension), e.String("Statistic"), e.String("Unit"), e.Array("Metrics", ReadMetricQuery));

    public static void WriteCustomizedMetric(Utf8JsonWriter w, AasCustomizedMetric m) =>
        w.String("MetricName", m.MetricName).String("Namespace", m.Namespace).Objects("Dimensions", m.Dimensions, WriteDimension).String("Statistic", m.Statistic).String("Unit", m.Unit)
            .Objects("Metrics", m.Metrics, WriteMetricQuery);

    public static AasMetricQuery ReadMetricQuery(JsonElement e) =>
        new(e.String("Id")!, e.String("Expression"), e.String("Label"), e.Object("MetricStat", ReadMetricStat), e.BooleanOrNull("ReturnData"));

    public static void WriteMetricQuery(Utf8JsonWriter w, AasMetricQuery q) =>
        w.String("Id", q.Id).String("Expression", q.Expression).String("Label", q.Label).Object("MetricStat", q.MetricStat, WriteMetricStat).Boolean("ReturnData", q.ReturnData);

    public static AasMetricStat ReadMetricStat(JsonElement e) => new(e.Object("Metric", ReadMetric)!, e.String("Stat")!, e.String("Unit"));

    public static void WriteMetricStat(Utf8JsonWriter w, AasMetricStat s) => w.Object("Metric", s.Metric, WriteMetric).String("Stat", s.Stat).String("Unit", s.Unit);

    public static AasMetric ReadMetric(JsonElement e) => new(e.Array("Dimensions", ReadDimension), e.String("MetricName")!, e.String("Namespace")!);

    public static void WriteMetric(Utf8JsonWriter w, AasMetric m) => w.Objects("Dimensions", m.Dimensions, WriteDimension).String("MetricName", m.MetricName).String("Namespace", m.Namespace);

    public static AasTargetTracking ReadTargetTracking(JsonElement e) => new(
        e.Double("TargetValue"),
        e.Object("PredefinedMetricSpecification", ReadPredefinedMetric),
        e.Object("CustomizedMetricSpecification", ReadCustomizedMetric),
        e.Int32OrNull("ScaleOutCooldown"),
        e.Int32OrNull("ScaleInCooldown"),
        e.BooleanOrNull("DisableScaleIn"));

    public static void WriteTargetTracking(Utf8JsonWriter w, AasTargetTracking t) =>
        w.Number("TargetValue", t.TargetValue)
            .Object("PredefinedMetricSpecification", t.PredefinedMetricSpecification, WritePredefinedMetric)
            .Object("CustomizedMetricSpecification", t.CustomizedMetricSpecification, WriteCustomizedMetric)
            .Number("ScaleOutCooldown", t.ScaleOutCooldown)
            .Number("ScaleInCooldown", t.ScaleInCooldown)
            .Boolean("DisableScaleIn", t.DisableScaleIn);

    public static void Write(Utf8JsonWriter w, RegisterScalableTargetRequest r) =>
        w.String("ServiceNamespace", r.ServiceNamespace).String("ResourceId", r.ResourceId).String("ScalableDimension", r.ScalableDimension)
            .Number("MinCapacity", r.MinCapacity).Number("MaxCapacity", r.MaxCapacity);

    public static void Write(Utf8JsonWriter w, DescribeScalableTargetsRequest r) =>
        w.String("ServiceNamespace", r.ServiceNamespace).Strings("ResourceIds", r.ResourceIds).String("ScalableDimension", r.ScalableDimension).String("NextToken", r.NextToken);

    public static DescribeScalableTargetsResponse ReadDescribeScalableTargets(JsonElement e) => new(
        e.Array("ScalableTargets", t => new AasScalableTarget(t.String("ServiceNamespace")!, t.String("ResourceId")!, t.String("ScalableDimension")!, t.Int32("MinCapacity"), t.Int32("MaxCapacity"))),
        e.String("NextToken"));

    public static void Write(Utf8JsonWriter w, PutScalingPolicyRequest r) =>
        w.String("PolicyName", r.PolicyName).String("ServiceNamespace", r.ServiceNamespace).String("ResourceId", r.ResourceId).String("ScalableDimension", r.ScalableDimension)
            .String("PolicyType", r.PolicyType).Object("TargetTrackingScalingPolicyConfiguration", r.TargetTrackingScalingPolicyConfiguration, WriteTargetTracking);

    public static void Write(Utf8JsonWriter w, DescribeScalingPoliciesRequest r) =>
        w.String("ServiceNamespace", r.ServiceNamespace).String("ResourceId", r.ResourceId).String("ScalableDimension", r.ScalableDimension).String("NextToken", r.NextToken);

    public static DescribeScalingPoliciesResponse ReadDescribeScalingPolicies(JsonElement e) => new(
        e.Array("ScalingPolicies", p => new AasPolicy(p.String("PolicyName")!, p.String("ResourceId")!, p.String("PolicyType"), p.Object("TargetTrackingScalingPolicyConfiguration", ReadTargetTracking))),
        e.String("NextToken"));

    public static void Write(Utf8JsonWriter w, DeleteScalingPolicyRequest r) =>
        w.String("PolicyName", r.PolicyName).String("ServiceNamespace", r.ServiceNamespace).String("ResourceId", r.ResourceId).String("ScalableDimension", r.ScalableDimension);

    /// <summary>The answer is not read, but like every answer it must be one JSON object (JsonOperation checks).</summary>
    public static AasEmptyResponse ReadEmpty(JsonElement _) => Empty;
}
