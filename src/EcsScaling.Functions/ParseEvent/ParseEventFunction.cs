using EcsScaling.Core.Events;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.ParseEvent;

/// <summary>parse-event's answer: the kind of event and what EcsScaling made of it.</summary>
public sealed record NormalisedEvent(string Kind, ScalingEvent Event)
{
    public static NormalisedEvent Of(ScalingEvent scalingEvent) => new(scalingEvent.GetType().Name, scalingEvent);
}

/// <summary>
/// parse-event: returns the normalised internal event(s) for a payload, or the parse error. Ops
/// use it to debug EventBridge rules and SNS subscriptions; it touches no AWS API.
/// </summary>
public static class ParseEventFunction
{
    public const string Name = "parse-event";

    public static ILambdaFunction Create(EventParser parser) => ScalingEventFunction.Create(
        Name,
        parser,
        (scalingEvent, _) => Task.FromResult(NormalisedEvent.Of(scalingEvent)),
        EventJson.WriteNormalised);
}
