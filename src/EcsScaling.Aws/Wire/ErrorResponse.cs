namespace EcsScaling.Aws.Wire;

/// <summary>What an error answer says, whichever protocol carried it; becomes an AwsCallException in AwsCaller.</summary>
public sealed class ErrorResponse
{
    /// <summary>The message when the answer has no body to take one from, whichever protocol it came in.</summary>
    public const string EmptyBodyMessage = "The service returned an error with an empty body.";

    public string? Code { get; set; }

    public string? Message { get; set; }

    public string? RequestId { get; set; }
}
