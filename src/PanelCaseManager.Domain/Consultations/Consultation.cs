using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Consultations;

/// <summary>What a consulted setting said about admitting the child.</summary>
public enum ConsultationResponse
{
    CanMeetNeeds,
    CanMeetNeedsWithConditions,
    CannotMeetNeeds,
}

/// <summary>
/// Why a setting says it cannot be named, in the words of CFA 2014 s.39(4): (a) it is unsuitable for the child's age,
/// ability, aptitude or special educational needs; (b)(i) the child's attendance would be incompatible with the
/// provision of efficient education for others; (b)(ii) it would be incompatible with the efficient use of resources.
/// </summary>
[Flags]
public enum NamingObjection
{
    None = 0,
    UnsuitableForAgeAbilityAptitudeOrNeeds = 1,
    IncompatibleWithEfficientEducationOfOthers = 2,
    IncompatibleWithEfficientUseOfResources = 4,
}

/// <summary>An adjustment or resource a setting says it needs to meet the child's needs, and what it would cost (whole pence, a year).</summary>
public sealed record ConsultationAdjustment(string What, long CostPence);

/// <summary>What the LA decided after consulting the setting.</summary>
public enum ConsultationOutcome
{
    SettingToBeNamed,
    SettingNotToBeNamed,
}

/// <summary>
/// Consulting a setting the LA intends to name (CFA 2014 s.39(2)): the draft plan is sent, the setting should reply
/// within 15 days (guidance; configurable), and the LA records its outcome — with or without a reply once the
/// period has run.
/// </summary>
public sealed class Consultation : AggregateRoot
{
    public const int TextMaxLength = 4000;
    public const int NameMaxLength = 200;

    private Consultation()
    {
        SettingName = string.Empty;
    }

    public Guid Id { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public Guid PanelDecisionId { get; private set; }
    public string SettingName { get; private set; }
    public string? SettingUrn { get; private set; }

    /// <summary>The setting's maintaining authority, where it is another LA (which is consulted too).</summary>
    public string? MaintainingAuthority { get; private set; }

    public DateOnly SentOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateOnly? RespondedOn { get; private set; }
    public ConsultationResponse? Response { get; private set; }
    public string? ResponseSummary { get; private set; }

    /// <summary>For an answer "with adjustments or resources": what the setting needs, and the cost of each.</summary>
    public IReadOnlyList<ConsultationAdjustment> Adjustments { get; private set; } = [];

    /// <summary>For an answer "cannot meet the needs": the s.39(4) grounds the setting relies on.</summary>
    public NamingObjection Objections { get; private set; }

    /// <summary>Who recorded the response: the setting's own contact, or an officer typing in a reply that came otherwise.</summary>
    public UserId? ResponseRecordedBy { get; private set; }

    public const int MaximumAdjustments = 20;
    public const int AdjustmentMaxLength = 500;
    public ConsultationOutcome? Outcome { get; private set; }
    public string? OutcomeReason { get; private set; }
    public UserId SentBy { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
    public DateTimeOffset? OutcomeRecordedAt { get; private set; }

    public bool IsOpen => Outcome is null;

    public bool IsOverdueOn(DateOnly today) => Response is null && Outcome is null && today > DueOn;

    public static Consultation Start(
        PanelDecision decision,
        string settingName,
        string? settingUrn,
        string? maintainingAuthority,
        DateOnly sentOn,
        int responseDays,
        UserId by,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentOutOfRangeException.ThrowIfLessThan(responseDays, 1);
        if (!decision.IsSignedOff)
        {
            throw new DomainRuleException("decision-not-signed-off", "Settings are consulted once the chair has signed off the decision.");
        }

        if (decision.Outcome is not (DecisionOutcome.AgreeFamilyPreference or DecisionOutcome.NameAnotherSetting or DecisionOutcome.NameTypeAndConsult))
        {
            throw new DomainRuleException("decision-names-no-setting", "The decision does not name a setting or type of provision, so there is no setting to consult.");
        }

        if (sentOn > UkCalendar.DateOf(now))
        {
            throw new DomainRuleException("sent-date-in-future", "The date the consultation was sent cannot be in the future.");
        }

        if (sentOn < UkCalendar.DateOf(decision.SignedOffAt!.Value))
        {
            throw new DomainRuleException("sent-before-decision", "A consultation cannot have been sent before the decision to consult was signed off.");
        }

        if (string.IsNullOrWhiteSpace(settingName))
        {
            throw new DomainRuleException("setting-name-required", "Name the setting consulted.");
        }

        var consultation = new Consultation
        {
            Id = Guid.CreateVersion7(),
            PlacementRequestId = decision.PlacementRequestId,
            PanelDecisionId = decision.Id,
            SettingName = settingName.Trim(),
            SettingUrn = string.IsNullOrWhiteSpace(settingUrn) ? null : settingUrn.Trim(),
            MaintainingAuthority = string.IsNullOrWhiteSpace(maintainingAuthority) ? null : maintainingAuthority.Trim(),
            SentOn = sentOn,
            DueOn = sentOn.AddDays(responseDays),
            SentBy = by,
            SentAt = now,
        };
        consultation.Raise(new ConsultationSent(consultation.PlacementRequestId, consultation.Id, consultation.SettingName, sentOn, consultation.DueOn, by, now));
        return consultation;
    }

    public void RecordResponse(DateOnly respondedOn, ConsultationResponse response, string summary, UserId by, DateTimeOffset now)
    {
        if (Response is not null)
        {
            throw new DomainRuleException("response-already-recorded", $"{SettingName}'s response was already recorded.");
        }

        if (Outcome is not null)
        {
            throw new DomainRuleException("consultation-closed", "The outcome of this consultation is already recorded.");
        }

        if (respondedOn < SentOn)
        {
            throw new DomainRuleException("response-before-sent", $"A response cannot come ({DateText.Plain(respondedOn)}) before the consultation was sent ({DateText.Plain(SentOn)}).");
        }

        if (respondedOn > UkCalendar.DateOf(now))
        {
            throw new DomainRuleException("response-date-in-future", "The date of the response cannot be in the future.");
        }

        if (string.IsNullOrWhiteSpace(summary))
        {
            throw new DomainRuleException("response-summary-required", "Summarise the setting's response.");
        }

        RespondedOn = respondedOn;
        Response = response;
        ResponseSummary = summary.Trim();
        ResponseRecordedBy = by;
        Raise(new ConsultationResponded(PlacementRequestId, Id, SettingName, response, respondedOn > DueOn, by, now));
    }

    /// <summary>
    /// The setting answers for itself, structured: it can meet the needs; it could with adjustments or resources (each
    /// with what and its cost); or it cannot, giving the s.39(4) grounds and its reasons. The first answer stands.
    /// </summary>
    public void RecordSettingAnswer(
        DateOnly respondedOn, ConsultationResponse response, IReadOnlyList<ConsultationAdjustment> adjustments, NamingObjection objections, string? reasons, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        switch (response)
        {
            case ConsultationResponse.CanMeetNeeds when adjustments.Count > 0 || objections != NamingObjection.None:
                throw new DomainRuleException("answer-inconsistent", "A setting that can meet the needs as they are lists no adjustments and no grounds.");
            case ConsultationResponse.CanMeetNeedsWithConditions when adjustments.Count == 0:
                throw new DomainRuleException("adjustments-required", "Say what adjustments or resources you would need, and what each would cost.");
            case ConsultationResponse.CanMeetNeedsWithConditions when objections != NamingObjection.None:
                throw new DomainRuleException("answer-inconsistent", "A setting that could meet the needs with adjustments gives no grounds for not being named.");
            case ConsultationResponse.CannotMeetNeeds when objections == NamingObjection.None:
                throw new DomainRuleException("grounds-required", "Choose the grounds in section 39(4) of the Children and Families Act 2014 that apply.");
            case ConsultationResponse.CannotMeetNeeds when string.IsNullOrWhiteSpace(reasons):
                throw new DomainRuleException("reasons-required", "Explain why, for each ground you chose.");
        }

        if (adjustments.Count > MaximumAdjustments || adjustments.Any(a => string.IsNullOrWhiteSpace(a.What) || a.What.Length > AdjustmentMaxLength || a.CostPence < 0))
        {
            throw new DomainRuleException("adjustment-invalid", $"List up to {MaximumAdjustments} adjustments, each with what it is and a cost of £0 or more.");
        }

        var summary = string.IsNullOrWhiteSpace(reasons) ? Describe(response) : reasons.Trim();
        RecordResponse(respondedOn, response, summary, by, now);
        Adjustments = adjustments.Select(a => a with { What = a.What.Trim() }).ToList();
        Objections = objections;
    }

    public static string Describe(ConsultationResponse response) => response switch
    {
        ConsultationResponse.CanMeetNeeds => "The setting can meet the child's needs.",
        ConsultationResponse.CanMeetNeedsWithConditions => "The setting could meet the child's needs with adjustments or resources.",
        ConsultationResponse.CannotMeetNeeds => "The setting cannot meet the child's needs.",
        _ => response.ToString(),
    };

    public void RecordOutcome(ConsultationOutcome outcome, string reason, UserId by, DateTimeOffset now)
    {
        if (Outcome is not null)
        {
            throw new DomainRuleException("consultation-closed", "The outcome of this consultation is already recorded.");
        }

        if (Response is null && UkCalendar.DateOf(now) <= DueOn)
        {
            throw new DomainRuleException(
                "awaiting-response",
                $"{SettingName} has until {DateText.Plain(DueOn)} to reply; the LA may decide without a reply only after that.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("outcome-reason-required", "Give the reason for the outcome.");
        }

        Outcome = outcome;
        OutcomeReason = reason.Trim();
        OutcomeRecordedAt = now;
        Raise(new ConsultationConcluded(PlacementRequestId, Id, SettingName, outcome, by, now));
    }
}

public sealed record ConsultationSent(PlacementRequestId PlacementRequestId, Guid ConsultationId, string SettingName, DateOnly SentOn, DateOnly DueOn, UserId By, DateTimeOffset At)
    : IDomainEvent;

public sealed record ConsultationResponded(
    PlacementRequestId PlacementRequestId, Guid ConsultationId, string SettingName, ConsultationResponse Response, bool Late, UserId By, DateTimeOffset At) : IDomainEvent;

public sealed record ConsultationConcluded(PlacementRequestId PlacementRequestId, Guid ConsultationId, string SettingName, ConsultationOutcome Outcome, UserId By, DateTimeOffset At)
    : IDomainEvent;
