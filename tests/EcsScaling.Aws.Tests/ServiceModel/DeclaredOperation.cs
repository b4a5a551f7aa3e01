using System.Reflection;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>An operation some table in EcsScaling.Aws declares, under botocore's names.</summary>
public sealed record DeclaredOperation(string Service, string Operation, string Protocol)
{
    /// <summary>
    /// Every static field or property of EcsScaling.Aws whose type is an AwsOperation (EcsOperations,
    /// AutoScalingOperations, ... and any table added later), found by reflection so none can be missed.
    /// </summary>
    public static IReadOnlyList<AwsOperation> InAssembly { get; } =
    [
        .. typeof(AwsOperation).Assembly.GetTypes()
            .Where(type => !type.ContainsGenericParameters)
            .SelectMany(type => Values(type))
            .Distinct(),
    ];

    public static DeclaredOperation Of(AwsOperation operation) =>
        new(BotocoreNames.Service(operation.Service), operation.Name, BotocoreNames.Protocol(operation.Service));

    private static IEnumerable<AwsOperation> Values(Type type)
    {
        const BindingFlags statics = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var fields = type.GetFields(statics).Where(f => typeof(AwsOperation).IsAssignableFrom(f.FieldType)).Select(f => f.GetValue(null));
        var properties = type.GetProperties(statics).Where(p => typeof(AwsOperation).IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0).Select(p => p.GetValue(null));
        return fields.Concat(properties).OfType<AwsOperation>();
    }
}
