using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws.Ecs;

/// <summary>
/// ECS reports per-item problems in "failures" with HTTP 200. For describe calls a missing item is
/// simply absent from the result; for a mutating call it means the change was not made: that throws.
/// </summary>
public static class EcsFailures
{
    public static void ThrowIfAny(AwsOperation operation, List<EcsFailure>? failures)
    {
        if (failures is { Count: > 0 })
        {
            var first = failures[0];
            var all = string.Join("; ", failures.Select(f => $"{f.Arn}: {f.Reason}{(f.Detail is null ? string.Empty : " (" + f.Detail + ")")}"));
            throw new AwsCallException(operation.Service.ServiceId, operation.Name, first.Reason ?? "Failure", all, null, 200);
        }
    }

    public static AwsCallException Missing(AwsOperation operation, string what) =>
        new(operation.Service.ServiceId, operation.Name, "MISSING", $"{what} was not found", null, 200);
}
