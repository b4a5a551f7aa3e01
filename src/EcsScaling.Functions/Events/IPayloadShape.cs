using EcsScaling.Core.Events;

namespace EcsScaling.Functions.Events;

/// <summary>
/// A top-level payload shape beyond the AWS envelopes, e.g. a manual ops command. Shapes are tried
/// in order after EventBridge and SNS; the first that recognises the payload parses it.
/// </summary>
public interface IPayloadShape
{
    /// <summary>How the shape is recognised, for the "unknown payload" error, e.g. "an ops command (command)".</summary>
    string Description { get; }

    bool Recognises(EventNode root);

    IReadOnlyList<ScalingEvent> Parse(EventNode root);
}
