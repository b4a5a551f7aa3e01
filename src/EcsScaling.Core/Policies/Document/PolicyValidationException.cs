namespace EcsScaling.Core.Policies.Document;

/// <summary>
/// A policy document or policy option that cannot be acted on. Each error names the path of the
/// offending value ("services[0].policies[1].targetValue: …") so it can be fixed without guessing.
/// </summary>
public sealed class PolicyValidationException : Exception
{
    public PolicyValidationException(IReadOnlyList<string> errors)
        : base(errors.Count == 1 ? errors[0] : $"{errors.Count} errors:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors))
    {
        Errors = errors;
    }

    public PolicyValidationException(string error)
        : this([error])
    {
    }

    public IReadOnlyList<string> Errors { get; }
}
