using EcsScaling.Core.Model;
using Xunit.Abstractions;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>ContainerInstanceStatusText's rule for ListContainerInstances' status filter is botocore's ECS model, value for value.</summary>
public class StatusFilterModelTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void The_model_accepts_exactly_the_statuses_we_filter_by()
    {
        var statuses = Enum.GetValues<ContainerInstanceStatus>();
        var requests = statuses.Select(s => new CapturedRequest("ecs", "ListContainerInstances", "json",
            $$"""{"cluster":"main","status":"{{ContainerInstanceStatusText.Wire.Of(s)}}"}""", "AmazonEC2ContainerServiceV20141113.ListContainerInstances"));

        var run = BotocoreValidator.Require(BotocoreValidator.Validate(requests, []));
        output.WriteLine(run.Output);

        var refused = statuses.Where((_, index) => run.Output.Contains($"ecs ListContainerInstances [#{index}] ", StringComparison.Ordinal));
        Assert.Equal([ContainerInstanceStatus.Inactive], refused);
        Assert.Equal(statuses.Where(s => !ContainerInstanceStatusText.CanFilterBy(s)), refused);
    }
}
