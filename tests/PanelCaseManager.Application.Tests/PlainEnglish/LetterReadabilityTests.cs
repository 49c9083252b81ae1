using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.Documents;
using PanelCaseManager.Infrastructure.Letters;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.PlainEnglish;

/// <summary>
/// Every letter the service writes, in its shipped wording filled in from the sample decision, reads at Flesch-Kincaid
/// grade 8 or below (a reading age of about 13; GOV.UK aims for 9, so lower is better). The names of laws, bodies,
/// people and settings are left out of the count.
/// </summary>
public class LetterReadabilityTests
{
    private const double HighestGrade = 8.0;

    private static IEnumerable<LetterOutcome> Outcomes => Enum.GetValues<LetterOutcome>();

    [TestCaseSource(nameof(Outcomes))]
    public void Each_letter_reads_at_grade_8_or_below(LetterOutcome outcome)
    {
        var model = A.DecisionLetter(outcome);
        var markup = new LetterTemplateEngine().Render(new LetterTemplateText(outcome, 1, DefaultLetterTemplates.Read(outcome)), model);

        var score = Readability.Measure(UnitsOf(LetterMarkup.Parse(markup)), NamesIn(model));

        TestContext.Out.WriteLine($"{outcome}: {score}");
        score.Words.Should().BeGreaterThan(100, "the whole letter is measured");
        score.Grade.Should().BeLessThanOrEqualTo(HighestGrade, $"the {outcome} letter should be plain English: {score}");
    }

    private static IEnumerable<string> UnitsOf(IEnumerable<DocumentBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    yield return heading.Text;
                    break;
                case Paragraph paragraph:
                    yield return paragraph.Text;
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        yield return item;
                    }

                    break;
                case Table table:
                    foreach (var cell in table.Rows.SelectMany(r => r))
                    {
                        yield return cell;
                    }

                    break;
            }
        }
    }

    private static IReadOnlyList<string> NamesIn(DecisionLetterModel model)
    {
        var options = LetterTestSettings.Options();
        return ProperNames.With(
            [model.Child.FullName, model.Child.GivenName, model.Family.Name, model.Officer.Name, options.Authority.Name],
            [options.Sendiass.Name, options.Mediation.Name, options.DisagreementResolution.Name],
            [model.FamilyPreference, model.PlacementIsType ? null : model.Placement, model.NamedInPlan, "Woodlands Academy", "Llŷr-Ørsted"],
            model.RefusedPreferences.Select(p => p.Name));
    }
}
