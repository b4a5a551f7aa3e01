using EcsScaling.Aws.Ecs;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws.Tests.Ecs;

public class EcsFailuresTests
{
    [Fact]
    public void Failures_throw_with_the_first_reason_as_code_and_every_failure_in_the_message()
    {
        var error = Assert.Throws<AwsCallException>(() => EcsFailures.ThrowIfAny(EcsOperations.UpdateContainerInstancesState,
            [new EcsFailure("arn:ci/9", "MISSING", "gone"), new EcsFailure("arn:ci/8", "INACTIVE", null)]));

        Assert.Equal(("ECS", "UpdateContainerInstancesState", "MISSING", 200), (error.Service, error.Operation, error.ErrorCode, error.StatusCode));
        Assert.Equal("arn:ci/9: MISSING (gone); arn:ci/8: INACTIVE", error.AwsMessage);
    }

    [Fact]
    public void No_failures_throw_nothing()
    {
        EcsFailures.ThrowIfAny(EcsOperations.UpdateContainerInstancesState, []);
    }
}
