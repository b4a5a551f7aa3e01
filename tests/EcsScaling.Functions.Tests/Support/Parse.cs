using EcsScaling.Core.Events;
using EcsScaling.Functions.Events;

namespace EcsScaling.Functions.Tests.Support;

public static class Parse
{
    private static readonly EventParser Parser = new();

    public static IReadOnlyList<ScalingEvent> Json(string json) => Parser.Parse(Samples.Utf8(json));

    public static T Single<T>(string json) where T : ScalingEvent => Assert.IsType<T>(Assert.Single(Json(json)));

    public static T Sample<T>(string name) where T : ScalingEvent => Assert.IsType<T>(Assert.Single(Parser.Parse(Samples.Bytes(name))));

    /// <summary>The parse error's message, asserting that parsing failed.</summary>
    public static string Error(string json) => Assert.Throws<EventParseException>(() => Json(json)).Message;

    /// <summary>An EventBridge envelope around a detail object.</summary>
    public static string EventBridge(string source, string detailType, string detail, string resources = "[]") =>
        $$"""{"version":"0","id":"e-1","detail-type":"{{detailType}}","source":"{{source}}","account":"123456789012","time":"2026-03-02T10:15:30Z","region":"eu-west-1","resources":{{resources}},"detail":{{detail}}}""";

    /// <summary>An SNS delivery with one record per message; each message is embedded as a JSON string.</summary>
    public static string Sns(params string[] messages) =>
        "{\"Records\":[" + string.Join(",", messages.Select(m =>
            $$$"""{"EventSource":"aws:sns","Sns":{"MessageId":"m-1","TopicArn":"arn:aws:sns:eu-west-1:123456789012:topic","Timestamp":"2026-03-02T10:15:31.000Z","Message":{{{System.Text.Json.JsonSerializer.Serialize(m, TestJson.Default.String)}}}}}""")) + "]}";
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class TestJson : System.Text.Json.Serialization.JsonSerializerContext;
