namespace EcsScaling.Aws.Wire;

/// <summary>What an error answer says, whichever protocol carried it; becomes an AwsCallException in AwsCaller.</summary>
public sealed class ErrorResponse
{
    public string? Code { get; set; }

    public string? Message { get; set; }

    public string? RequestId { get; set; }
}
