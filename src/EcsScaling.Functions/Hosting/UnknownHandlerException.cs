namespace EcsScaling.Functions.Hosting;

/// <summary>_HANDLER is missing or names no function of this binary: an init error, since no invocation can succeed.</summary>
public sealed class UnknownHandlerException(string? handler, IEnumerable<string> known)
    : Exception(handler is null or ""
        ? $"_HANDLER (or ECS_SCALING_FUNCTION) is not set; set it to one of: {string.Join(", ", known)}"
        : $"_HANDLER (or ECS_SCALING_FUNCTION) \"{handler}\" is not a function of this binary; known: {string.Join(", ", known)}");
