using System.Text;
using System.Text.Json;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// The error of an awsJson1_1 answer, read as the AWS SDK for .NET's JsonErrorResponseUnmarshaller reads it:
/// top-level __type / message / code (namespace before '#' and detail after ':' stripped), the
/// x-amzn-ErrorType, x-amzn-error-message and x-amzn-RequestId headers, an XML body read as awsQuery's.
/// </summary>
public static class JsonErrors
{
    /// <param name="header">A response header's value, null when absent.</param>
    public static ErrorResponse Read(byte[] body, Func<string, string?> header)
    {
        var text = Encoding.UTF8.GetString(body);
        if (text.TrimStart(' ').StartsWith('<'))
        {
            return QueryXml.Error(body);
        }

        var (type, message, code) = TopLevelFields(body);
        if (string.IsNullOrEmpty(type) && Header(header, "x-amzn-ErrorType") is { } headerType)
        {
            type = WithoutDetail(headerType);
        }

        message = Header(header, "x-amzn-error-message") ?? message;
        type = string.IsNullOrEmpty(type) ? code : type;
        type = type is null ? null : WithoutDetail(type[(type.LastIndexOf('#') + 1)..]);
        if (string.IsNullOrEmpty(message))
        {
            message = (string.IsNullOrEmpty(type), string.IsNullOrEmpty(text)) switch
            {
                (true, true) => ErrorResponse.EmptyBodyMessage,
                (true, false) => "The service returned an error with HTTP Body: " + text,
                (false, true) => "The service returned an error with Error Code " + type + ".",
                (false, false) => "The service returned an error with Error Code " + type + " and HTTP Body: " + text,
            };
        }

        return new ErrorResponse { Code = type, Message = message, RequestId = Header(header, "x-amzn-RequestId") };
    }

    /// <summary>Reads until the document ends or stops being JSON, keeping what was found so far.</summary>
    private static (string? Type, string? Message, string? Code) TopLevelFields(byte[] body)
    {
        string? type = null, message = null, code = null;
        var reader = new Utf8JsonReader(body);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth != 1 || reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                var name = reader.GetString();
                reader.Read();
                var value = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    JsonTokenType.True => "True",
                    JsonTokenType.False => "False",
                    _ => null,
                };
                switch (name)
                {
                    case "__type": type = value; break;
                    case "message" or "Message": message = value; break;
                    case "code" or "Code": code = value; break;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // A truncated or non-JSON body: the fields read so far stand, the body goes into the message.
        }

        return (type, message, code);
    }

    private static string? Header(Func<string, string?> header, string name) => header(name) is { Length: > 0 } value ? value : null;

    private static string WithoutDetail(string type) => type.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? type[..colon] : type;
}
