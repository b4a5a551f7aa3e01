using System.Reflection;
using EcsScaling.Core.Gateways;
using Xunit.Abstractions;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>Every request the gateways send, and every operation the tables declare, against botocore's service models.</summary>
public class ServiceModelTests(ExercisedRequests exercised, ITestOutputHelper output) : IClassFixture<ExercisedRequests>
{
    [SkippableFact]
    public void Every_request_the_gateways_send_validates_against_the_service_model()
    {
        var run = BotocoreValidator.Require(exercised.Validation);
        output.WriteLine(run.Output);

        Assert.True(run.ExitCode == 0, $"validate_requests.py exited {run.ExitCode}:\n{run.Output}");
    }

    [Fact]
    public void Every_declared_operation_is_among_the_validated_requests()
    {
        var missing = DeclaredOperation.InAssembly.Where(op => !exercised.Operations.Contains(op)).Select(op => op.IamAction).ToList();

        Assert.NotEmpty(DeclaredOperation.InAssembly);
        Assert.True(missing.Count == 0, $"declared but never sent by GatewayExercise, so never checked against the model: {string.Join(", ", missing)}");
    }

    [SkippableFact]
    public void Every_declared_operation_exists_in_the_model_under_our_protocol()
    {
        var run = BotocoreValidator.Require(exercised.Validation);

        var declaredProblems = run.Output.Split('\n').Where(line => line.Contains("[declared #", StringComparison.Ordinal)).ToList();
        Assert.True(declaredProblems.Count == 0, string.Join('\n', declaredProblems));
        Assert.True(run.Output.Contains(" checked against botocore ", StringComparison.Ordinal), $"validate_requests.py did not finish its checks:\n{run.Output}");
    }

    [Fact]
    public void Every_gateway_method_is_exercised_and_sends_at_least_one_request()
    {
        var interfaces = typeof(GatewaySet).GetProperties().Select(p => p.PropertyType);
        var methods = interfaces.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => $"{t.Name}.{m.Name}"));

        Assert.Equal(methods.Order(), GatewayExercise.Methods.Select(m => m.Method).Order());
        Assert.All(exercised.RequestsPerMethod, sent => Assert.True(sent.Value > 0, $"{sent.Key} sent no request"));
    }
}
