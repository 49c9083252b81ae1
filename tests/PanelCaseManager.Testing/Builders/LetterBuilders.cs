using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Infrastructure.Documents;
using PanelCaseManager.Infrastructure.Letters;

namespace PanelCaseManager.Testing.Builders;

/// <summary>Letter settings and letter models for tests: a fictional authority and the services it points families to.</summary>
public static class LetterTestSettings
{
    public static LetterOptions Options() => new()
    {
        Authority = new AuthorityOptions
        {
            Name = "Example County Council",
            AddressLines = ["SEND Service", "County Hall, Pegs Lane", "Hertford SG13 8DQ"],
            Telephone = "0300 123 4043",
            Email = "send@example.gov.uk",
        },
        Sendiass = new ContactOptions { Name = "Example SENDIASS", Telephone = "01992 555 847", Email = "sendiass@example.org.uk" },
        Mediation = new ContactOptions { Name = "Example Mediation Service", Telephone = "0800 046 1111" },
        DisagreementResolution = new ContactOptions { Name = "Example Disagreement Resolution Service", Telephone = "0800 046 2222" },
    };

    /// <summary>The same settings as configuration keys, for a harness or web host.</summary>
    public static Dictionary<string, string?> AsConfiguration() => new()
    {
        ["Letters:Authority:Name"] = "Example County Council",
        ["Letters:Authority:AddressLines:0"] = "SEND Service",
        ["Letters:Authority:AddressLines:1"] = "County Hall, Pegs Lane",
        ["Letters:Authority:AddressLines:2"] = "Hertford SG13 8DQ",
        ["Letters:Authority:Telephone"] = "0300 123 4043",
        ["Letters:Authority:Email"] = "send@example.gov.uk",
        ["Letters:Sendiass:Name"] = "Example SENDIASS",
        ["Letters:Sendiass:Telephone"] = "01992 555 847",
        ["Letters:Mediation:Name"] = "Example Mediation Service",
        ["Letters:Mediation:Telephone"] = "0800 046 1111",
        ["Letters:DisagreementResolution:Name"] = "Example Disagreement Resolution Service",
        ["Letters:DisagreementResolution:Telephone"] = "0800 046 2222",
    };

    public static LetterSettings Settings(LetterOptions? options = null) => new(Microsoft.Extensions.Options.Options.Create(options ?? Options()));
}

public static partial class A
{
    /// <summary>A complete letter model for the outcome: the sample decision, dated on the test clock's day.</summary>
    public static DecisionLetterModel DecisionLetter(LetterOutcome outcome, LetterOptions? options = null) =>
        SampleLetterModel.For(outcome, LetterTestSettings.Settings(options), TestClock.Today);
}

/// <summary>The letter composer as the service wires it, without a host.</summary>
public sealed class LetterComposerFixture : IDisposable
{
    public LetterComposerFixture(LetterOptions? options = null)
    {
        Fonts = DocumentFonts.LoadEmbedded();
        Engine = new LetterTemplateEngine();
        Writer = new PdfDocumentWriter(Fonts);
        Composer = new DecisionLetterComposer(Engine, Writer, Microsoft.Extensions.Options.Options.Create(options ?? LetterTestSettings.Options()));
    }

    public DocumentFonts Fonts { get; }

    public LetterTemplateEngine Engine { get; }

    public PdfDocumentWriter Writer { get; }

    public DecisionLetterComposer Composer { get; }

    public ComposedLetter Compose(DecisionLetterModel model, bool draft = false) =>
        Composer.Compose(model, new LetterTemplateText(model.Outcome, 1, DefaultLetterTemplates.Read(model.Outcome)), draft);

    public void Dispose() => Fonts.Dispose();
}
