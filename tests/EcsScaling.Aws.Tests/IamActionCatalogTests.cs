using System.Reflection;
using EcsScaling.Aws.Tests.Moto;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.Tests;

/// <summary>The catalog must cover every gateway method, and every call a method makes must be in its entry.</summary>
public class IamActionCatalogTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public void Every_gateway_method_has_an_entry()
    {
        var methods = new[] { typeof(IEcsGateway), typeof(IAutoScalingGateway), typeof(ILoadBalancingGateway), typeof(IScalingPolicyGateway), typeof(ICloudWatchGateway) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => $"{t.Name}.{m.Name}"));

        Assert.Equal(methods.Order(), IamActionCatalog.Methods.Keys.Order());
    }

    [Fact]
    public void Actions_use_the_IAM_prefix_not_the_signing_name()
    {
        Assert.Equal(["cloudwatch:DescribeAlarms"], IamActionCatalog.ActionsFor("ICloudWatchGateway.DescribeAlarmsAsync"));
        Assert.Equal(["ecs:ListContainerInstances", "ecs:DescribeContainerInstances"], IamActionCatalog.ActionsFor("IEcsGateway.FindContainerInstanceAsync"));
        Assert.Contains("autoscaling:CompleteLifecycleAction", IamActionCatalog.AllActions);
        Assert.Contains("application-autoscaling:PutScalingPolicy", IamActionCatalog.AllActions);
        Assert.Throws<ArgumentException>(() => IamActionCatalog.ActionsFor("IEcsGateway.Nope"));
    }

    [Fact]
    public async Task Calls_made_by_each_method_are_listed_in_its_entry()
    {
        foreach (var (method, invoke) in Invocations())
        {
            var aws = new RecordingCaller();
            aws.Respond(EcsScaling.Aws.Ecs.EcsOperations.ListContainerInstances, _ => """{"containerInstanceArns":["arn:ci"]}""");
            await invoke(AwsGatewayFactory.Create(aws));

            var allowed = IamActionCatalog.Methods[method];
            Assert.All(aws.Calls, call => Assert.True(allowed.Contains(call.Operation), $"{method} called {call.Operation} which its catalog entry lacks"));
            Assert.NotEmpty(aws.Calls);
        }
    }

    private static IEnumerable<(string Method, Func<GatewaySet, Task> Invoke)> Invocations()
    {
        var service = new ScalableResource(ScalableResourceKind.EcsService, "service/main/web");
        var group = new ScalableResource(ScalableResourceKind.AutoScalingGroup, MotoWorld.GroupName);
        var configuration = new TargetTrackingConfiguration(50, "ECSServiceAverageCPUUtilization", null, null, null, null, false);
        var action = new LifecycleActionRef("g", "h", "i-1", null);
        (string, Func<GatewaySet, Task>) Ecs(string name, Func<IEcsGateway, Task> call) => (IamActionCatalog.Key<IEcsGateway>(name), g => call(g.Ecs));
        (string, Func<GatewaySet, Task>) Asg(string name, Func<IAutoScalingGateway, Task> call) => (IamActionCatalog.Key<IAutoScalingGateway>(name), g => call(g.AutoScaling));
        (string, Func<GatewaySet, Task>) Elb(string name, Func<ILoadBalancingGateway, Task> call) => (IamActionCatalog.Key<ILoadBalancingGateway>(name), g => call(g.LoadBalancing));
        (string, Func<GatewaySet, Task>) Pol(string name, Func<IScalingPolicyGateway, Task> call) => (IamActionCatalog.Key<IScalingPolicyGateway>(name), g => call(g.ScalingPolicies));
        (string, Func<GatewaySet, Task>) Cw(string name, Func<ICloudWatchGateway, Task> call) => (IamActionCatalog.Key<ICloudWatchGateway>(name), g => call(g.CloudWatch));

        return
        [
            Ecs(nameof(IEcsGateway.DescribeClustersAsync), e => e.DescribeClustersAsync(["c"], None)),
            Ecs(nameof(IEcsGateway.FindContainerInstanceAsync), e => e.FindContainerInstanceAsync("c", "i-1", None)),
            Ecs(nameof(IEcsGateway.FindContainerInstanceArnAsync), e => e.FindContainerInstanceArnAsync("c", "i-1", ContainerInstanceStatus.Active, None)),
            Ecs(nameof(IEcsGateway.FindContainerInstancesAsync), e => e.FindContainerInstancesAsync("c", ["i-1"], None)),
            Ecs(nameof(IEcsGateway.ListContainerInstancesAsync), e => e.ListContainerInstancesAsync("c", null, None)),
            Ecs(nameof(IEcsGateway.DescribeContainerInstancesAsync), e => e.DescribeContainerInstancesAsync("c", ["ci"], None)),
            Ecs(nameof(IEcsGateway.UpdateContainerInstancesStateAsync), e => e.UpdateContainerInstancesStateAsync("c", ["ci"], ContainerInstanceStatus.Draining, None)),
            Ecs(nameof(IEcsGateway.ListTaskArnsAsync), e => e.ListTaskArnsAsync("c", new TaskQuery(), None)),
            Ecs(nameof(IEcsGateway.DescribeTasksAsync), e => e.DescribeTasksAsync("c", ["t"], None)),
            Ecs(nameof(IEcsGateway.StopTaskAsync), e => e.StopTaskAsync("c", "t", "r", None)),
            Ecs(nameof(IEcsGateway.GetProtectedTaskArnsAsync), e => e.GetProtectedTaskArnsAsync("c", ["t"], None)),
            Ecs(nameof(IEcsGateway.ListServiceArnsAsync), e => e.ListServiceArnsAsync("c", None)),
            Ecs(nameof(IEcsGateway.DescribeServicesAsync), e => e.DescribeServicesAsync("c", ["s"], None)),
            Ecs(nameof(IEcsGateway.PutAttributesAsync), e => e.PutAttributesAsync("c", "ci", new Dictionary<string, string?> { ["a"] = null }, None)),
            Ecs(nameof(IEcsGateway.DeleteAttributesAsync), e => e.DeleteAttributesAsync("c", "ci", ["a"], None)),
            Ecs(nameof(IEcsGateway.TagResourceAsync), e => e.TagResourceAsync("arn", new Dictionary<string, string> { ["k"] = "v" }, None)),
            Ecs(nameof(IEcsGateway.ListTagsAsync), e => e.ListTagsAsync("arn", None)),
            Asg(nameof(IAutoScalingGateway.DescribeGroupsAsync), a => a.DescribeGroupsAsync(["g"], None)),
            Asg(nameof(IAutoScalingGateway.DescribeInstancesAsync), a => a.DescribeInstancesAsync(["i-1"], None)),
            Asg(nameof(IAutoScalingGateway.DescribeLifecycleHooksAsync), a => a.DescribeLifecycleHooksAsync("g", None)),
            Asg(nameof(IAutoScalingGateway.CompleteLifecycleActionAsync), a => a.CompleteLifecycleActionAsync(action, LifecycleResult.Continue, None)),
            Asg(nameof(IAutoScalingGateway.RecordLifecycleActionHeartbeatAsync), a => a.RecordLifecycleActionHeartbeatAsync(action, None)),
            Asg(nameof(IAutoScalingGateway.SetInstanceProtectionAsync), a => a.SetInstanceProtectionAsync("g", ["i-1"], true, None)),
            Elb(nameof(ILoadBalancingGateway.DescribeTargetHealthAsync), l => l.DescribeTargetHealthAsync("tg", None)),
            Pol(nameof(IScalingPolicyGateway.DescribeScalableTargetsAsync), p => p.DescribeScalableTargetsAsync([service, group], None)),
            Pol(nameof(IScalingPolicyGateway.RegisterScalableTargetAsync), p => p.RegisterScalableTargetAsync(new ScalableTarget(service, 1, 2), None)),
            Pol(nameof(IScalingPolicyGateway.DescribePoliciesAsync), async p => { await p.DescribePoliciesAsync(service, None); await p.DescribePoliciesAsync(group, None); }),
            Pol(nameof(IScalingPolicyGateway.PutPolicyAsync), async p => { await p.PutPolicyAsync(new(service, "p", configuration), None); await p.PutPolicyAsync(new(group, "p", configuration), None); }),
            Pol(nameof(IScalingPolicyGateway.DeletePolicyAsync), async p => { await p.DeletePolicyAsync(service, "p", None); await p.DeletePolicyAsync(group, "p", None); }),
            Cw(nameof(ICloudWatchGateway.DescribeAlarmsAsync), c => c.DescribeAlarmsAsync(["a"], None)),
        ];
    }
}
