using EcsScaling.Core.Events;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.ParseEvent;

namespace EcsScaling.Functions.Tests.Support;

/// <summary>Functions for the runtime tests: parse-event, plus one whose handler fails on rebalance recommendations.</summary>
public static class TestFunctions
{
    public const string Explodes = "explode-on-rebalance";

    public static ILambdaFunction ExplodeOnRebalance() => ScalingEventFunction.Create(
        Explodes,
        new EventParser(),
        (e, _) => e is RebalanceRecommendation
            ? throw new InvalidOperationException("handler failed on purpose")
            : Task.FromResult(NormalisedEvent.Of(e)),
        EventJson.WriteNormalised);

    public static FunctionRegistry Registry(params ILambdaFunction[] extra)
    {
        var registry = new FunctionRegistry()
            .Add(ParseEventFunction.Name, () => ParseEventFunction.Create(new EventParser()))
            .Add(Explodes, ExplodeOnRebalance);
        foreach (var function in extra)
        {
            registry.Add(function.Name, () => function);
        }

        return registry;
    }
}

/// <summary>A function built from a delegate, for tests that look at the context and token.</summary>
public sealed class DelegateFunction(string name, Func<ILambdaContext, CancellationToken, Task<FunctionResult>> invoke) : ILambdaFunction
{
    public string Name => name;

    public Task<FunctionResult> InvokeAsync(ReadOnlyMemory<byte> payload, ILambdaContext context, CancellationToken cancellationToken) =>
        invoke(context, cancellationToken);
}
