using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Ui;

/// <summary>How partners' requests and answers are put in words on the pages.</summary>
internal static class PartnerText
{
    public static (string Text, string TagClass) Tag(PartnerRequestStatus status, bool canRespond, bool overdue) => status switch
    {
        PartnerRequestStatus.Answered => ("Answered", "govuk-tag--green"),
        PartnerRequestStatus.Declined => ("Declined", "govuk-tag--grey"),
        _ when !canRespond => ("Closed", "govuk-tag--grey"),
        _ when overdue => ("Overdue", "govuk-tag--red"),
        _ => ("Waiting for you", "govuk-tag--blue"),
    };

    public static string Describe(this ConsultationResponse response) => response switch
    {
        ConsultationResponse.CanMeetNeeds => "We can meet the child's needs",
        ConsultationResponse.CanMeetNeedsWithConditions => "We could meet the child's needs with adjustments or resources",
        ConsultationResponse.CannotMeetNeeds => "We cannot meet the child's needs",
        _ => response.ToString(),
    };

    /// <summary>The grounds of CFA 2014 s.39(4), in the Act's words.</summary>
    public static string Describe(this NamingObjection objection) => objection switch
    {
        NamingObjection.UnsuitableForAgeAbilityAptitudeOrNeeds => "The school is unsuitable for the child's age, ability, aptitude or special educational needs (section 39(4)(a))",
        NamingObjection.IncompatibleWithEfficientEducationOfOthers => "The child's attendance would be incompatible with the provision of efficient education for others (section 39(4)(b)(i))",
        NamingObjection.IncompatibleWithEfficientUseOfResources => "The child's attendance would be incompatible with the efficient use of resources (section 39(4)(b)(ii))",
        _ => objection.ToString(),
    };

    public static IReadOnlyList<NamingObjection> Split(NamingObjection objections) =>
        Enum.GetValues<NamingObjection>().Where(o => o != NamingObjection.None && objections.HasFlag(o)).ToList();

    public static IReadOnlyList<Choice> ResponseChoices { get; } =
    [
        new(nameof(ConsultationResponse.CanMeetNeeds), ConsultationResponse.CanMeetNeeds.Describe()),
        new(nameof(ConsultationResponse.CanMeetNeedsWithConditions), ConsultationResponse.CanMeetNeedsWithConditions.Describe(), "Say what you would need and what each would cost."),
        new(nameof(ConsultationResponse.CannotMeetNeeds), ConsultationResponse.CannotMeetNeeds.Describe(), "Choose the grounds in section 39(4) of the Children and Families Act 2014 and explain why."),
    ];

    public static string Pounds(long pence) => (pence / 100m).ToString("£#,##0.00", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
}
