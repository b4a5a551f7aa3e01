using Xunit.Abstractions;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>validate_requests.py catches each kind of mismatch, and only on the request that has it.</summary>
public class ValidateRequestsScriptTests(ITestOutputHelper output)
{
    private const string EcsTarget = "AmazonEC2ContainerServiceV20141113.";
    private const string AasTarget = "AnyScaleFrontendService.";

    /// <summary>Each request with the problem the script must name for it; null marks a valid control request.</summary>
    private static readonly (CapturedRequest Request, string? Problem)[] Cases =
    [
        (Json("ecs", "ListTasks", EcsTarget, """{"cluster":"main","desiredStatus":"RUNNING","maxResults":100}"""), null),
        (Json("ecs", "ListTasks", EcsTarget, """{"cluster":"main","clusterName":"main"}"""), "Unknown parameter in input: \"clusterName\""),
        (Json("ecs", "ListTasks", EcsTarget, """{"cluster":"main","maxResults":"100"}"""), "Invalid type for parameter maxResults"),
        (Json("ecs", "ListTasks", EcsTarget, """{"cluster":"main","maxResults":true}"""), "maxResults: a boolean where the model wants integer"),
        (Json("ecs", "StopTask", EcsTarget, """{"cluster":"main","reason":"drain"}"""), "Missing required parameter in input: \"task\""),
        (Json("ecs", "UpdateContainerInstancesState", EcsTarget, """{"containerInstances":["ci"],"status":"INACTIVE"}"""), "status: 'INACTIVE' is not one of the enum"),
        (Json("application-autoscaling", "DescribeScalableTargets", AasTarget, $$"""{"ServiceNamespace":"ecs","ResourceIds":[{{string.Join(',', Enumerable.Repeat("\"service/main/web\"", 51))}}]}"""), "ResourceIds: 51 items, the model allows at most 50"),
        (Json("application-autoscaling", "DeleteScalingPolicy", EcsTarget, """{"PolicyName":"p","ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount"}"""), "X-Amz-Target: 'AmazonEC2ContainerServiceV20141113.DeleteScalingPolicy'"),
        (Json("ecs", "ListTagsForResource", EcsTarget, """{"resourceArn":"a","resourceArn":"b"}"""), "resourceArn: sent twice"),
        (Query("elbv2", "DescribeTargetHealth", "Action=DescribeTargetHealth&Version=2015-12-01&TargetGroupArn=arn&TargetGroupARN=arn"), "TargetGroupARN: unknown key"),
        (Query("autoscaling", "SetInstanceProtection", "Action=SetInstanceProtection&Version=2011-01-01&InstanceIds.1=i-1&AutoScalingGroupName=g&ProtectedFromScaleIn=true"), "a list must be sent as InstanceIds.member.N"),
        (Query("autoscaling", "SetInstanceProtection", "Action=SetInstanceProtection&Version=2011-01-01&InstanceIds.member.1=i-1&AutoScalingGroupName=g&ProtectedFromScaleIn=True"), "ProtectedFromScaleIn: 'True' is not a valid boolean"),
        (Query("autoscaling", "DeletePolicy", "Action=DeleteScalingPolicy&Version=2011-01-01&PolicyName=p"), "Action: must be DeletePolicy"),
        (Query("autoscaling", "DeletePolicy", "Action=DeletePolicy&Version=2016-02-06&PolicyName=p"), "Version: '2016-02-06', the model's apiVersion is '2011-01-01'"),
        (Query("cloudwatch", "DescribeAlarms", "Action=DescribeAlarms&Version=2010-08-01&AlarmNames.member.2=high"), "AlarmNames.member: element numbers [2] do not run 1..1"),
        (Query("cloudwatch", "DescribeAlarms", "Action=DescribeAlarms&Version=2010-08-01&MaxRecords=ten"), "MaxRecords: 'ten' is not a valid integer"),
        (Query("cloudwatch", "DescribeAlarms", "Action=DescribeAlarms&Version=2010-08-01&MaxRecords=101"), "MaxRecords: 101 is above the model's maximum 100"),
        (Query("autoscaling", "CompleteLifecycleAction", "Action=CompleteLifecycleAction&Version=2011-01-01&LifecycleHookName=h&AutoScalingGroupName=g&LifecycleActionToken=short&LifecycleActionResult=CONTINUE"), "Invalid length for parameter LifecycleActionToken"),
        (Query("autoscaling", "PutScalingPolicy", "Action=PutScalingPolicy&Version=2011-01-01&AutoScalingGroupName=g&PolicyName=p&TargetTrackingConfiguration.TargetValue=50&TargetTrackingConfiguration.ScaleInCooldown=60"), "TargetTrackingConfiguration.ScaleInCooldown: unknown key"),
        (Query("autoscaling", "PutScalingPolicy", "Action=PutScalingPolicy&Version=2011-01-01&AutoScalingGroupName=g&PolicyName=p&TargetTrackingConfiguration=50"), "a plain value where the model wants the structure"),
        (Query("autoscaling", "DescribeLifecycleHooks", "Action=DescribeLifecycleHooks&Version=2011-01-01&AutoScalingGroupName=%01group"), "AutoScalingGroupName: '\\x01group' does not match the pattern"),
        (Json("application-autoscaling", "DeleteScalingPolicy", AasTarget, """{"PolicyName":"p\u00e9","ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount"}"""), null),
        (Json("application-autoscaling", "PutScalingPolicy", AasTarget, """{"PolicyName":"p\u00e9","ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount"}"""), "PolicyName: 'p\u00e9' does not match the pattern \\p{Print}+"),
        (Json("ecs", "ListTaskz", EcsTarget, "{}"), "'ecs' has no operation 'ListTaskz'"),
        (new CapturedRequest("elbv2", "DescribeTargetHealth", "json", """{"TargetGroupArn":"arn"}""", null), "protocol 'json' is not one the model supports"),
    ];

    [SkippableFact]
    public void Each_mismatch_is_reported_on_its_own_request_and_fails_the_run()
    {
        var run = BotocoreValidator.Require(BotocoreValidator.Validate(Cases.Select(c => c.Request), [new DeclaredOperation("autoscaling", "DescribeLifecycleHookz", "query")]));
        output.WriteLine(run.Output);

        var lines = run.Output.Split('\n');
        Assert.Equal(1, run.ExitCode);
        for (var index = 0; index < Cases.Length; index++)
        {
            var (request, problem) = Cases[index];
            var reported = lines.Where(line => line.StartsWith($"{request.Service} {request.Operation} [#{index}] ", StringComparison.Ordinal)).ToList();
            if (problem is null)
            {
                Assert.True(reported.Count == 0, $"valid request #{index} was reported:\n{string.Join('\n', reported)}");
            }
            else
            {
                Assert.True(reported.Any(line => line.Contains(problem, StringComparison.Ordinal)), $"#{index} {request.Operation}: expected \"{problem}\", got:\n{string.Join('\n', reported)}");
            }
        }

        Assert.Contains(lines, line => line.StartsWith("autoscaling DescribeLifecycleHookz [declared #0] ", StringComparison.Ordinal) && line.Contains("has no operation", StringComparison.Ordinal));
    }

    private static CapturedRequest Json(string service, string operation, string targetPrefix, string body) => new(service, operation, "json", body, targetPrefix + operation);

    private static CapturedRequest Query(string service, string operation, string body) => new(service, operation, "query", body, null);
}
