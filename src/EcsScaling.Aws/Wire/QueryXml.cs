using System.Globalization;
using System.Xml.Linq;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Reading awsQuery XML by local name, so the service namespace (which differs per service and
/// per emulator) does not matter.
/// </summary>
public static class QueryXml
{
    /// <summary>The &lt;OpResult&gt; element of &lt;OpResponse&gt;; an empty element when the operation returns nothing.</summary>
    public static XElement Result(byte[] body, string operationName)
    {
        if (body.Length == 0)
        {
            return new XElement(operationName + "Result");
        }

        using var stream = new MemoryStream(body);
        var root = XDocument.Load(stream).Root ?? throw new FormatException("empty XML document");
        return root.Child(operationName + "Result") ?? new XElement(operationName + "Result");
    }

    public static XElement? Child(this XElement element, string name) =>
        element.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    /// <summary>The &lt;member&gt; items of a list element; none when the list is absent.</summary>
    public static IEnumerable<XElement> Members(this XElement element, string listName) =>
        element.Child(listName)?.Elements().Where(e => e.Name.LocalName == "member") ?? [];

    public static string? Text(this XElement element, string name) => element.Child(name)?.Value;

    public static string Required(this XElement element, string name) =>
        element.Text(name) ?? throw new FormatException($"<{element.Name.LocalName}> has no <{name}>");

    public static int? Int(this XElement element, string name) =>
        element.Text(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    public static double? Double(this XElement element, string name) =>
        element.Text(name) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;

    public static bool? Bool(this XElement element, string name) =>
        element.Text(name) is { } text ? bool.Parse(text) : null;

    public static DateTimeOffset? Time(this XElement element, string name) =>
        element.Text(name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;
}
