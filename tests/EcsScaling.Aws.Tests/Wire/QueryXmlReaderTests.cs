using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

public class QueryXmlReaderTests
{
    [Fact]
    public void Elements_keep_their_local_names_in_document_order_and_attributes_are_skipped()
    {
        var root = QueryXmlReader.Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- moto writes a comment here sometimes -->
            <as:DescribeResponse xmlns:as="http://autoscaling.amazonaws.com/doc/2011-01-01/" a='1 > 0'>
              <as:Result><First>1</First><Second/><Third x="y" /></as:Result>
            </as:DescribeResponse>
            """);

        Assert.Equal("DescribeResponse", root.Name);
        var result = Assert.Single(root.Elements);
        Assert.Equal(["First", "Second", "Third"], result.Elements.Select(e => e.Name));
        Assert.Equal(["1", "", ""], result.Elements.Select(e => e.Value));
    }

    [Fact]
    public void Text_has_entities_character_references_and_cdata_expanded()
    {
        var root = QueryXmlReader.Parse("<M>a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#233;&#x1F600;<![CDATA[<raw & kept>]]></M>");

        Assert.Equal("a <b> & \"c\" 'd' é\U0001F600<raw & kept>", root.Value);
    }

    [Fact]
    public void An_element_value_is_all_its_descendant_text_and_whitespace_between_elements_is_dropped()
    {
        var root = QueryXmlReader.Parse("<A>\r\n  <B> x\r\ny </B>\n  <C>z</C>\n</A>");

        Assert.Equal(" x\ny z", root.Value);
        Assert.Equal(" x\ny ", root.Elements[0].Value);
    }

    [Theory]
    [InlineData("", "no root element")]
    [InlineData("<A><B></A>", "</A> does not close")]
    [InlineData("<A>", "<A> is not closed")]
    [InlineData("<A/><B/>", "second root")]
    [InlineData("text<A/>", "text outside the root")]
    [InlineData("<A>&nbsp;</A>", "'&nbsp' is not a known entity")]
    [InlineData("<A>&#xD800;</A>", "'&#xD800' is not a known entity")]
    [InlineData("<!DOCTYPE A [<!ENTITY e 'x'>]><A>&e;</A>", "DTD is not allowed")]
    [InlineData("<A b=c/>", "attribute b has no quoted value")]
    [InlineData("<A><!-- never closed </A>", "'-->' is missing")]
    public void Malformed_documents_are_refused_with_what_is_wrong(string xml, string reason)
    {
        var error = Assert.Throws<FormatException>(() => QueryXmlReader.Parse(xml));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
