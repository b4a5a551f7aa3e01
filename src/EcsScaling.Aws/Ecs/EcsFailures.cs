using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws.Ecs;

/// <summary>One entry of an ECS answer's "failures": Core has no such record, a failure becomes an AwsCallException.</summary>
public sealed record EcsFailure(string? Arn, string? Reason, string? Detail);

/// <summary>
/// ECS reports per-item problems in "failures" with HTTP 200. For describe calls a missing item is
/// simply absent from the result (their failures are not read); for a mutating call it means the
/// change was not made: that throws.
/// </summary>
public static class EcsFailures
{
    public static IReadOnlyList<EcsFailure> Read(JsonElement answer) =>
        answer.Array("failures", f => new EcsFailure(f.String("arn"), f.String("reason"), f.String("detail"))) ?? [];

    public static void ThrowIfAny(AwsOperation operation, IReadOnlyList<EcsFailure> failures)
    {
        if (failures is { Count: > 0 })
        {
            var first = failures[0];
            var all = string.Join("; ", failures.Select(f => $"{f.Arn}: {f.Reason}{(f.Detail is null ? string.Empty : " (" + f.Detail + ")")}"));
            throw new AwsCallException(operation.Service.ServiceId, operation.Name, first.Reason ?? "Failure", all, null, 200);
        }
    }
}
