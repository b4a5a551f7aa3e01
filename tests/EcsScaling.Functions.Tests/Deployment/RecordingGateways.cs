using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;
using EcsScaling.Aws;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>
/// Wraps any GatewaySet and records every gateway method called, keyed like
/// <see cref="IamActionCatalog.Methods"/> ("IEcsGateway.ListTaskArnsAsync"). A DispatchProxy keeps
/// it complete by construction: a method added to an interface is recorded without editing this file.
/// </summary>
public sealed class RecordingGateways
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public RecordingGateways(GatewaySet inner)
    {
        Gateways = new GatewaySet(
            Recorder<IEcsGateway>.Wrap(inner.Ecs, _calls),
            Recorder<IAutoScalingGateway>.Wrap(inner.AutoScaling, _calls),
            Recorder<ILoadBalancingGateway>.Wrap(inner.LoadBalancing, _calls),
            Recorder<IScalingPolicyGateway>.Wrap(inner.ScalingPolicies, _calls),
            Recorder<ICloudWatchGateway>.Wrap(inner.CloudWatch, _calls));
    }

    public GatewaySet Gateways { get; }

    public IReadOnlySet<string> Methods => _calls.Keys.ToHashSet(StringComparer.Ordinal);

#pragma warning disable CA1812 // created by DispatchProxy.Create
    private class Recorder<TGateway> : DispatchProxy
        where TGateway : class
    {
        private TGateway _inner = null!;
        private ConcurrentDictionary<string, int> _calls = null!;

        public static TGateway Wrap(TGateway inner, ConcurrentDictionary<string, int> calls)
        {
            var proxy = Create<TGateway, Recorder<TGateway>>();
            var recorder = (Recorder<TGateway>)(object)proxy;
            recorder._inner = inner;
            recorder._calls = calls;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            _calls.AddOrUpdate(IamActionCatalog.Key<TGateway>(targetMethod.Name), 1, (_, n) => n + 1);
            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }
    }
#pragma warning restore CA1812
}
