using System.Text.Json.Serialization;

namespace EcsScaling.Aws.ApplicationAutoScaling;

/// <summary>Source-generated (AOT-safe) JSON contracts for Application Auto Scaling: PascalCase as on the wire, nulls omitted.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(RegisterScalableTargetRequest))]
[JsonSerializable(typeof(DescribeScalableTargetsRequest))]
[JsonSerializable(typeof(DescribeScalableTargetsResponse))]
[JsonSerializable(typeof(PutScalingPolicyRequest))]
[JsonSerializable(typeof(DescribeScalingPoliciesRequest))]
[JsonSerializable(typeof(DescribeScalingPoliciesResponse))]
[JsonSerializable(typeof(DeleteScalingPolicyRequest))]
[JsonSerializable(typeof(AasEmptyResponse))]
internal sealed partial class ApplicationAutoScalingJsonContext : JsonSerializerContext;
