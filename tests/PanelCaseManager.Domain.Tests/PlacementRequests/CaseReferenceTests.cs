using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Domain.Tests.PlacementRequests;

public class CaseReferenceTests
{
    [Test]
    public void Reference_reads_year_and_six_digit_number()
    {
        CaseReference.Create(2026, 123).Value.Should().Be("PR-2026-000123");
    }

    [TestCase("PR-2026-000123", 2026, 123)]
    [TestCase("pr-2025-000001", 2025, 1)]
    [TestCase(" PR-2026-1234567 ", 2026, 1234567)]
    public void Reference_parses_back(string text, int year, int number)
    {
        CaseReference.TryParse(text, out var reference).Should().BeTrue();
        reference!.Year.Should().Be(year);
        reference.Number.Should().Be(number);
    }

    [TestCase("PR-2026-123")]
    [TestCase("PR-2026-000000")]
    [TestCase("2026-000123")]
    [TestCase("")]
    [TestCase(null)]
    public void Malformed_references_do_not_parse(string? text)
    {
        CaseReference.TryParse(text, out _).Should().BeFalse();
    }
}
