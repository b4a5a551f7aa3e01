using System.Globalization;
using System.Text;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Reads the XML that awsQuery services answer with into QueryElements: elements, text, the five
/// predefined entities and character references, CDATA, comments and processing instructions.
/// Attributes and namespaces are skipped (answers are read by local name); a DTD is refused, as
/// XmlReader's default settings do; whitespace-only text is dropped, as XDocument.Load does.
/// Hand-written so that the Native AOT binary does not carry System.Private.Xml (P5, binary size).
/// </summary>
public static class QueryXmlReader
{
    /// <exception cref="FormatException">The document is not well-formed, names what is wrong and where.</exception>
    public static QueryElement Parse(string xml) => new Parser(xml).Document();

    private sealed class Parser(string xml)
    {
        private readonly Stack<OpenElement> open = new();
        private int at = xml.StartsWith('\uFEFF') ? 1 : 0;
        private QueryElement? root;

        public QueryElement Document()
        {
            while (at < xml.Length)
            {
                if (xml[at] != '<')
                {
                    AddText(Decode(TakeUntil("<", required: false)), cdata: false);
                }
                else if (Skip("<!--"))
                {
                    TakeUntil("-->", required: true);
                }
                else if (Skip("<![CDATA["))
                {
                    AddText(TakeUntil("]]>", required: true), cdata: true);
                }
                else if (xml.AsSpan(at).StartsWith("<!"))
                {
                    throw Malformed("a DTD is not allowed");
                }
                else if (Skip("<?"))
                {
                    TakeUntil("?>", required: true);
                }
                else if (Skip("</"))
                {
                    CloseElement();
                }
                else
                {
                    at++;
                    OpenElement();
                }
            }

            return open.TryPeek(out var unclosed) ? throw Malformed($"<{unclosed.QualifiedName}> is not closed")
                : root ?? throw Malformed("there is no root element");
        }

        private void OpenElement()
        {
            var qualifiedName = Name();
            if (open.Count == 0 && root is not null)
            {
                throw Malformed($"<{qualifiedName}> is a second root element");
            }

            var element = new QueryElement(qualifiedName[(qualifiedName.IndexOf(':') + 1)..]);
            if (open.TryPeek(out var parent))
            {
                parent.Element.Add(element);
            }
            else
            {
                root = element;
            }

            if (!SkipAttributesToTagEnd())
            {
                open.Push(new OpenElement(element, qualifiedName, new StringBuilder()));
            }
        }

        private void CloseElement()
        {
            var qualifiedName = Name();
            SkipWhitespace();
            if (!Skip(">") || !open.TryPeek(out var current) || current.QualifiedName != qualifiedName)
            {
                throw Malformed($"</{qualifiedName}> does not close the open element");
            }

            open.Pop();
            current.Element.Value = current.Text.ToString();
            if (open.TryPeek(out var parent))
            {
                parent.Text.Append(current.Element.Value);
            }
        }

        private void AddText(string text, bool cdata)
        {
            if (!cdata && text.AsSpan().IndexOfAnyExcept(" \t\r\n") < 0)
            {
                return;
            }

            if (!open.TryPeek(out var current))
            {
                throw Malformed("text outside the root element");
            }

            current.Text.Append(text);
        }

        /// <summary>Skips the attributes of a start tag; true when the tag closes itself (&lt;X/&gt;).</summary>
        private bool SkipAttributesToTagEnd()
        {
            while (true)
            {
                SkipWhitespace();
                if (Skip("/>"))
                {
                    return true;
                }

                if (Skip(">"))
                {
                    return false;
                }

                var attribute = Name();
                SkipWhitespace();
                var quote = Skip("=") ? SkipWhitespace() : '\0';
                if (quote is not ('"' or '\''))
                {
                    throw Malformed($"the attribute {attribute} has no quoted value");
                }

                at++;
                TakeUntil(quote == '"' ? "\"" : "'", required: true);
            }
        }

        private string Name()
        {
            var start = at;
            while (at < xml.Length && !char.IsWhiteSpace(xml[at]) && xml[at] is not ('/' or '>' or '=' or '<'))
            {
                at++;
            }

            return at > start ? xml[start..at] : throw Malformed("a name is missing");
        }

        /// <summary>Moves past whitespace and returns the next character ('\0' at the end).</summary>
        private char SkipWhitespace()
        {
            while (at < xml.Length && xml[at] is ' ' or '\t' or '\r' or '\n')
            {
                at++;
            }

            return at < xml.Length ? xml[at] : '\0';
        }

        private bool Skip(string literal)
        {
            if (!xml.AsSpan(at).StartsWith(literal))
            {
                return false;
            }

            at += literal.Length;
            return true;
        }

        /// <summary>The text up to the terminator, which is consumed; without one, the rest of the document or an error.</summary>
        private string TakeUntil(string terminator, bool required)
        {
            var end = xml.IndexOf(terminator, at, StringComparison.Ordinal);
            if (end < 0 && required)
            {
                throw Malformed($"'{terminator}' is missing");
            }

            var text = xml[at..(end < 0 ? xml.Length : end)];
            at = end < 0 ? xml.Length : terminator == "<" ? end : end + terminator.Length;
            return text;
        }

        /// <summary>Entities and character references expanded, line ends normalised to \n as XML requires.</summary>
        private string Decode(string raw)
        {
            if (raw.AsSpan().IndexOfAny('&', '\r') < 0)
            {
                return raw;
            }

            var text = new StringBuilder(raw.Length);
            for (var i = 0; i < raw.Length; i++)
            {
                if (raw[i] == '\r')
                {
                    text.Append('\n');
                    i += i + 1 < raw.Length && raw[i + 1] == '\n' ? 1 : 0;
                    continue;
                }

                if (raw[i] != '&')
                {
                    text.Append(raw[i]);
                    continue;
                }

                var end = raw.IndexOf(';', i);
                var entity = end < 0 ? raw[i..] : raw[(i + 1)..end];
                text.Append(entity switch
                {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    _ when end > 0 && CharacterReference(entity) is { } character => character,
                    _ => throw Malformed($"'&{entity}' is not a known entity"),
                });
                i = end;
            }

            return text.ToString();
        }

        private static string? CharacterReference(string entity)
        {
            var code = 0;
            var parsed = entity.StartsWith("#x", StringComparison.Ordinal)
                ? int.TryParse(entity.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code)
                : entity.StartsWith('#') && int.TryParse(entity.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out code);
            return parsed && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : null;
        }

        private FormatException Malformed(string what) => new($"The XML answer is malformed at offset {at}: {what}.");
    }

    private readonly record struct OpenElement(QueryElement Element, string QualifiedName, StringBuilder Text);
}
