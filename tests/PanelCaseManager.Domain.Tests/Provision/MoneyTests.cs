using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Domain.Tests.Provision;

public class MoneyTests
{
    [TestCase("23450.00", true)]
    [TestCase("23450.5", true)]
    [TestCase("23450.505", false)]
    [TestCase("0.001", false)]
    public void Whole_pence_are_at_most_two_decimal_places(string pounds, bool whole) =>
        Money.IsWholePence(decimal.Parse(pounds, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(whole);

    [Test]
    public void An_amount_at_the_limit_of_a_decimal_is_asked_about_without_overflowing()
    {
        // Found by the generated bad input: a cost of 79 octillion pounds reached the check before its range was refused.
        FluentActions.Invoking(() => Money.IsWholePence(decimal.MaxValue)).Should().NotThrow();
        FluentActions.Invoking(() => Money.IsWholePence(decimal.MinValue)).Should().NotThrow();
        Money.IsWholePence(7_922_816_251_426_433_759_354_395.033m).Should().BeFalse();
    }
}
