using System.Globalization;
using System.Text;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Reading awsQuery XML by local name, so the service namespace (which differs per service and
/// per emulator) does not matter.
/// </summary>
public static class QueryXml
{
    /// <summary>The &lt;OpResult&gt; element of &lt;OpResponse&gt;; an empty element when the operation returns nothing.</summary>
    public static QueryElement Result(byte[] body, string operationName)
    {
        var empty = new QueryElement(operationName + "Result");
        return body.Length == 0 ? empty : QueryXmlReader.Parse(Encoding.UTF8.GetString(body)).Child(empty.Name) ?? empty;
    }

    /// <summary>
    /// &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type/&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;, matched as the
    /// AWS SDK for .NET's XmlErrorResponseUnmarshaller does (paths ending in Error/Code … and RequestId, any case), with its
    /// fallback messages when the body says nothing useful.
    /// </summary>
    public static ErrorResponse Error(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        var error = new ErrorResponse();
        try
        {
            Collect(QueryXmlReader.Parse(text), string.Empty, error);
        }
        catch (FormatException)
        {
            // Not XML (a proxy's HTML page, a truncated body): the message below carries the body.
        }

        if (string.IsNullOrEmpty(error.Message))
        {
            error.Message = string.IsNullOrEmpty(error.Code)
                ? string.IsNullOrEmpty(text) ? ErrorResponse.EmptyBodyMessage : "The service returned an error with HTTP Body: " + text
                : "The service returned an error with Error Code " + error.Code + " and HTTP Body: " + text;
        }

        return error;
    }

    public static QueryElement? Child(this QueryElement element, string name) =>
        element.Elements.FirstOrDefault(e => e.Name == name);

    /// <summary>The &lt;member&gt; items of a list element; none when the list is absent.</summary>
    public static IEnumerable<QueryElement> Members(this QueryElement element, string listName) =>
        element.Child(listName)?.Elements.Where(e => e.Name == "member") ?? [];

    public static string? Text(this QueryElement element, string name) => element.Child(name)?.Value;

    public static string Required(this QueryElement element, string name) =>
        element.Text(name) ?? throw new FormatException($"<{element.Name}> has no <{name}>");

    public static int? Int(this QueryElement element, string name) =>
        element.Text(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public static double? Double(this QueryElement element, string name) =>
        element.Text(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;

    public static bool? Bool(this QueryElement element, string name) =>
        element.Text(name) is { } text ? bool.Parse(text) : null;

    public static DateTimeOffset? Time(this QueryElement element, string name) =>
        element.Text(name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;

    private static void Collect(QueryElement element, string parentPath, ErrorResponse error)
    {
        var path = parentPath + "/" + element.Name;
        if (path.EndsWith("Error/Code", StringComparison.OrdinalIgnoreCase))
        {
            error.Code = element.Value;
        }
        else if (path.EndsWith("Error/Message", StringComparison.OrdinalIgnoreCase))
        {
            error.Message = element.Value;
        }
        else if (path.EndsWith("RequestId", StringComparison.OrdinalIgnoreCase))
        {
            error.RequestId = element.Value;
        }

        foreach (var child in element.Elements)
        {
            Collect(child, path, error);
        }
    }
}
