namespace EcsScaling.Functions.Hosting;

/// <summary>
/// Function name → factory. Only the function named by _HANDLER is built, so a cold start pays
/// for one function's dependencies (parse-event never creates AWS clients).
/// </summary>
public sealed class FunctionRegistry
{
    private readonly SortedDictionary<string, Func<ILambdaFunction>> _factories = new(StringComparer.Ordinal);

    public IEnumerable<string> Names => _factories.Keys;

    public FunctionRegistry Add(string name, Func<ILambdaFunction> factory)
    {
        if (!_factories.TryAdd(name, factory))
        {
            throw new ArgumentException($"function \"{name}\" is registered twice", nameof(name));
        }

        return this;
    }

    public ILambdaFunction Resolve(string? handler)
    {
        if (handler is null || !_factories.TryGetValue(handler, out var factory))
        {
            throw new UnknownHandlerException(handler, Names);
        }

        var function = factory();
        return function.Name == handler
            ? function
            : throw new InvalidOperationException($"function registered as \"{handler}\" calls itself \"{function.Name}\"");
    }
}
