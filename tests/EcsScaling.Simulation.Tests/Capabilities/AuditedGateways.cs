using System.Reflection;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>One gateway call as the function made it: operation and arguments, rendered for audits.</summary>
public sealed record GatewayCall(string Operation, string Arguments)
{
    public bool IsMutating => !(Operation.StartsWith("Describe", StringComparison.Ordinal) || Operation.StartsWith("List", StringComparison.Ordinal)
        || Operation.StartsWith("Get", StringComparison.Ordinal) || Operation.StartsWith("Find", StringComparison.Ordinal));
}

/// <summary>
/// Wraps a run's gateways to record every call the function makes (so foreign resources can be
/// shown untouched) and to kill the "process" after a given number of calls, as a Lambda that
/// crashes or is cut off mid-step would: the exception is not an AwsCallException, so nothing catches it.
/// </summary>
public sealed class AuditedGateways
{
    private int _crashAfter = int.MaxValue;

    public List<GatewayCall> Calls { get; } = [];

    public int Crashes { get; private set; }

    /// <summary>The call after <paramref name="calls"/> more calls throws once; then the function works again, like a fresh instance.</summary>
    public void CrashAfter(int calls) => _crashAfter = Calls.Count + calls;

    public GatewaySet Wrap(GatewaySet inner) => new(
        Proxy<IEcsGateway>(inner.Ecs), Proxy<IAutoScalingGateway>(inner.AutoScaling), Proxy<ILoadBalancingGateway>(inner.LoadBalancing),
        Proxy<IScalingPolicyGateway>(inner.ScalingPolicies), Proxy<ICloudWatchGateway>(inner.CloudWatch));

    private T Proxy<T>(T inner)
        where T : class
    {
        var proxy = DispatchProxy.Create<T, Interceptor>();
        ((Interceptor)(object)proxy).Bind(inner, this);
        return proxy;
    }

    private void Record(MethodInfo method, object?[]? args)
    {
        var rendered = string.Join(" ", (args ?? []).Where(a => a is not CancellationToken).Select(Render));
        Calls.Add(new GatewayCall(method.Name.Replace("Async", "", StringComparison.Ordinal), rendered));
        if (Calls.Count > _crashAfter)
        {
            _crashAfter = int.MaxValue;
            Crashes++;
            throw new InvalidOperationException($"simulated crash: the function process died before {method.Name}");
        }
    }

    private static string Render(object? argument) => argument switch
    {
        null => "null",
        string s => s,
        System.Collections.IDictionary d => string.Join(",", d.Keys.Cast<object>()),
        System.Collections.IEnumerable e => "[" + string.Join(",", e.Cast<object?>().Select(Render)) + "]",
        _ => argument.ToString() ?? "",
    };

    public class Interceptor : DispatchProxy
    {
        private object _inner = null!;
        private AuditedGateways _audit = null!;

        internal void Bind(object inner, AuditedGateways audit) => (_inner, _audit) = (inner, audit);

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            _audit.Record(targetMethod!, args);
            try
            {
                return targetMethod!.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }
}
