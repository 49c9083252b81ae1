using System.Globalization;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Ui;

/// <summary>How a case's evidence, advice and views read on its pages, and the choices their forms offer.</summary>
internal static class EvidenceText
{
    /// <summary>The statutory advice of the EHC process comes from these agencies; "other" needs a name.</summary>
    public static readonly IReadOnlyList<Agency> AdviceAgencies = Enum.GetValues<Agency>();

    public static string Label(this EvidenceKind kind)
    {
        var text = kind.Describe();
        return text.StartsWith("the ", StringComparison.Ordinal) ? "The " + text[4..] : kind == EvidenceKind.EhcPlan ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The agency as a heading names it; an "other" agency by the name it was given.</summary>
    public static string AgencyName(this GetCaseEvidence.AdviceView advice) =>
        advice.Agency == Agency.Other ? advice.AgencyDescription : advice.Agency.Title();

    public static string Label(this Voice voice) => voice switch
    {
        Voice.Family => "The family's views",
        Voice.Child => "The child's own views",
        _ => voice.ToString(),
    };

    /// <summary>The tag for where a request for advice stands: the words carry the meaning, the colour only repeats it.</summary>
    public static (string Text, string TagClass) Tag(this GetCaseEvidence.AdviceStatus status) => status switch
    {
        GetCaseEvidence.AdviceStatus.Overdue => ("Overdue", "govuk-tag--red"),
        GetCaseEvidence.AdviceStatus.Outstanding => ("Outstanding", "govuk-tag--blue"),
        GetCaseEvidence.AdviceStatus.ReceivedLate => ("Received late", "govuk-tag--orange"),
        _ => ("Received", "govuk-tag--green"),
    };

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB"),
    };

    public static string TypeName(this DocumentType type) => type switch
    {
        DocumentType.Pdf => "PDF",
        DocumentType.Docx => "Word",
        DocumentType.Png => "PNG",
        DocumentType.Jpeg => "JPEG",
        _ => type.ToString(),
    };

    public static IReadOnlyList<Choice> KindChoices { get; } =
        [new(string.Empty, "Choose the kind of evidence"), .. Enum.GetValues<EvidenceKind>().Select(k => new Choice(k.ToString(), k.Label()))];

    public static IReadOnlyList<Choice> AgencyChoices(bool optional) =>
        [.. optional ? new[] { new Choice(string.Empty, "Not from an agency") } : [], .. AdviceAgencies.Select(a => new Choice(a.ToString(), a.Title()))];

    public static IReadOnlyList<Choice> VoiceChoices { get; } =
    [
        new(nameof(Voice.Family), Voice.Family.Label(), "A parent, carer or the young person"),
        new(nameof(Voice.Child), Voice.Child.Label(), "In the child's own words, or as they showed them"),
    ];
}
