using EcsScaling.Core.Events;
using EcsScaling.Aws.Wire;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.ParseEvent;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.ParseEvent;

public class EventJsonTests
{
    private static readonly EventParser Parser = new();

    public static TheoryData<string> EventSamples() => new(SampleNames());

    private static IEnumerable<string> SampleNames() => Directory.GetFiles(Samples.Directory, "*.json")
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(name => !name.StartsWith("ops-", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(EventSamples))]
    public void Every_sample_event_is_written_as_the_reference_serializer_writes_its_concrete_type(string sample)
    {
        foreach (var scalingEvent in Parser.Parse(Samples.Bytes(sample)))
        {
            var normalised = NormalisedEvent.Of(scalingEvent);

            Assert.Equal(
                $$"""{"kind":"{{normalised.Kind}}","event":{{Reference(scalingEvent)}}}""",
                ReferenceJson.Written(normalised, EventJson.WriteNormalised));
        }
    }

    /// <summary>The reference serializer writes a nested event as its declared base type: a queue batch's messages are written as their concrete types, with their kind.</summary>
    private static string Reference(ScalingEvent scalingEvent) => scalingEvent is QueueBatch batch
        ? "{\"messages\":[" + string.Join(",", batch.Messages.Select(m => m.Event is null
            ? $$"""{"messageId":"{{m.MessageId}}","refusal":{{ReferenceJson.Of(m.Refusal!)}}}"""
            : $$"""{"messageId":"{{m.MessageId}}","kind":"{{m.Event.GetType().Name}}","event":{{ReferenceJson.Of(m.Event)}}}""")) + "],\"origin\":" + ReferenceJson.Of(batch.Origin) + "}"
        : ReferenceJson.Of(scalingEvent);

    [Fact]
    public void The_samples_cover_every_concrete_event_type()
    {
        var written = SampleNames().SelectMany(name => Parser.Parse(Samples.Bytes(name))).Select(e => e.GetType()).ToHashSet();
        var concrete = typeof(ScalingEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ScalingEvent)) && !t.IsAbstract);

        Assert.Equal("", string.Join(", ", concrete.Where(t => !written.Contains(t)).Select(t => t.Name)));
    }

    [Fact]
    public void An_event_type_without_a_writer_is_a_clear_error()
    {
        var error = Assert.Throws<NotSupportedException>(() =>
            ReferenceJson.Written<ScalingEvent>(new UnknownEvent(new EventOrigin(EventTransport.Manual, "test", null, null, null, null)), (w, e) => w.Members(e, EventJson.WriteMembers)));

        Assert.Contains(nameof(UnknownEvent), error.Message, StringComparison.Ordinal);
    }

    private sealed record UnknownEvent(EventOrigin Origin) : ScalingEvent(Origin);
}
