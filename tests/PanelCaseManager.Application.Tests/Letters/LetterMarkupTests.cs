using PanelCaseManager.Infrastructure.Documents;
using PanelCaseManager.Infrastructure.Letters;

namespace PanelCaseManager.Application.Tests.Letters;

public class LetterMarkupTests
{
    [Test]
    public void Headings_paragraphs_lists_tables_and_bold_paragraphs_are_read_from_their_lines()
    {
        var blocks = LetterMarkup.Parse("""
            # Title
            First line of a paragraph
            carries on here.

            ## Section
            - one

            - two
            **All of this is bold.**

            | Name | Value |
            |---|---|
            | a | b |
            """);

        blocks.Should().HaveCount(6);
        blocks[0].Should().Be(new Heading("Title", 1));
        blocks[1].Should().BeOfType<Paragraph>().Which.Text.Should().Be("First line of a paragraph carries on here.");
        blocks[2].Should().Be(new Heading("Section", 2));
        blocks[3].Should().BeOfType<BulletList>().Which.Items.Should().Equal("one", "two");
        blocks[4].Should().BeOfType<Paragraph>().Which.Should().Match<Paragraph>(p => p.Bold && p.Text == "All of this is bold.");
        var table = blocks[5].Should().BeOfType<Table>().Subject;
        table.Header.Should().Equal("Name", "Value");
        table.Rows.Should().ContainSingle().Which.Should().Equal("a", "b");
    }

    [Test]
    public void A_value_from_the_case_is_plain_text_whatever_it_contains()
    {
        var value = LetterMarkup.MarkValue("# not a heading\n- not an item | not a cell");

        var blocks = LetterMarkup.Parse($"{value}\n\n| {value} | b |");

        blocks[0].Should().BeOfType<Paragraph>().Which.Text.Should().Be("# not a heading\n\n- not an item | not a cell");
        blocks[1].Should().BeOfType<Table>().Which.Rows[0].Should().Equal("# not a heading - not an item | not a cell", "b");
    }
}
