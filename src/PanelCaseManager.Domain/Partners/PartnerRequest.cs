using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Partners;

/// <summary>What a partner is asked for: advice from a professional, or a setting's answer to a consultation.</summary>
public enum PartnerRequestKind
{
    Advice,
    Consultation,
}

/// <summary>The parts of a request an officer may share with a partner, besides documents. Nothing is shared unless chosen.</summary>
[Flags]
public enum SharedSection
{
    None = 0,

    /// <summary>The child's name and date of birth, so the partner knows whom the request is about.</summary>
    ChildDetails = 1,

    /// <summary>The child's primary and secondary need and the level of each area of need.</summary>
    Needs = 2,

    /// <summary>The family's preferences for a school or setting, with their reasons.</summary>
    Preferences = 4,

    /// <summary>The family's views and the child's own voice.</summary>
    Views = 8,
}

/// <summary>Where a partner's request stands for the partner.</summary>
public enum PartnerRequestStatus
{
    Waiting,
    Answered,
    Declined,
}

/// <summary>A question a partner asked the officer about a request.</summary>
public sealed record PartnerQuestion(Guid Id, string Text, UserId AskedBy, DateTimeOffset AskedAt);

/// <summary>
/// A request addressed to a partner — an agency's advice (SEND Regulations 2014 reg. 6) to one professional, or a
/// consultation (CFA 2014 s.39(2)) to a setting of the catalogue — with what the officer chose to share with them:
/// sections of the request and documents of its evidence, nothing else. The partner answers through the advice request
/// or the consultation itself; here they may decline with a reason or ask a question. Every change is a command, so
/// the audit trail holds who shared what, and when.
/// </summary>
public sealed class PartnerRequest : AggregateRoot
{
    public const int TextMaxLength = 2000;
    public const int MaximumQuestions = 20;

    private PartnerRequest()
    {
    }

    public Guid Id { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public PartnerRequestKind Kind { get; private set; }
    public Guid? AdviceRequestId { get; private set; }
    public Guid? ConsultationId { get; private set; }

    /// <summary>The professional asked for advice.</summary>
    public UserId? PartnerId { get; private set; }

    /// <summary>The setting consulted: every active contact of it sees the request.</summary>
    public SettingId? SettingId { get; private set; }

    public DateOnly DueOn { get; private set; }
    public SharedSection Sections { get; private set; }
    public IReadOnlyList<Guid> SharedDocumentIds { get; private set; } = [];
    public PartnerRequestStatus Status { get; private set; }
    public string? DeclineReason { get; private set; }
    public UserId? AnsweredBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public IReadOnlyList<PartnerQuestion> Questions { get; private set; } = [];
    public UserId SharedBy { get; private set; }
    public DateTimeOffset SharedAt { get; private set; }

    public bool IsWaiting => Status == PartnerRequestStatus.Waiting;

    /// <summary>An officer asks a professional for the advice of an advice request, sharing what they choose.</summary>
    public static PartnerRequest ForAdvice(AdviceRequest advice, UserAccount partner, SharedSection sections, IReadOnlyCollection<Guid> documentIds, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(partner);
        if (!advice.IsOutstanding)
        {
            throw new DomainRuleException("advice-already-received", $"The {advice.AgencyDescription} advice was already received on {DateText.Plain(advice.ReceivedOn!.Value)}.");
        }

        if (partner is not { Role: Role.AgencyProfessional, IsActive: true })
        {
            throw new DomainRuleException("partner-not-professional", "Advice can be asked of an active professional's account only.");
        }

        if (partner.Agency != advice.Agency)
        {
            throw new DomainRuleException(
                "partner-wrong-agency",
                $"{partner.DisplayName} gives {partner.Agency?.Describe()} advice; this request is for {advice.AgencyDescription} advice.");
        }

        var request = New(advice.PlacementRequestId, PartnerRequestKind.Advice, advice.DueOn, sections, documentIds, by, now);
        request.AdviceRequestId = advice.Id;
        request.PartnerId = partner.Id;
        request.Raise(new PartnerRequestShared(request.PlacementRequestId, request.Id, request.Kind, request.PartnerId, null, sections, documentIds.Count, by, now));
        return request;
    }

    /// <summary>An officer puts a consultation before the setting's contacts, sharing what they choose (the consultation pack).</summary>
    public static PartnerRequest ForConsultation(Consultation consultation, SettingId settingId, SharedSection sections, IReadOnlyCollection<Guid> documentIds, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        if (!consultation.IsOpen || consultation.Response is not null)
        {
            throw new DomainRuleException("consultation-closed", $"{consultation.SettingName} has already answered, or the consultation's outcome is recorded.");
        }

        var request = New(consultation.PlacementRequestId, PartnerRequestKind.Consultation, consultation.DueOn, sections, documentIds, by, now);
        request.ConsultationId = consultation.Id;
        request.SettingId = settingId;
        request.Raise(new PartnerRequestShared(request.PlacementRequestId, request.Id, request.Kind, null, settingId, sections, documentIds.Count, by, now));
        return request;
    }

    /// <summary>The officer changes what is shared, while the partner has yet to answer.</summary>
    public void ChangeSharing(SharedSection sections, IReadOnlyCollection<Guid> documentIds, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (!IsWaiting)
        {
            throw new DomainRuleException("partner-request-closed", "The partner has already answered or declined; what was shared with them stays as it was.");
        }

        Sections = sections;
        SharedDocumentIds = documentIds.Distinct().ToList();
        SharedBy = by;
        SharedAt = now;
        Raise(new PartnerRequestShared(PlacementRequestId, Id, Kind, PartnerId, SettingId, sections, SharedDocumentIds.Count, by, now));
    }

    public bool Shares(Guid evidenceItemId) => SharedDocumentIds.Contains(evidenceItemId);

    /// <summary>The partner's answer arrived through the advice request or consultation; the first answer stands.</summary>
    public void MarkAnswered(UserId by, DateTimeOffset now)
    {
        EnsureWaiting();
        Status = PartnerRequestStatus.Answered;
        AnsweredBy = by;
        AnsweredAt = now;
    }

    /// <summary>The partner says they will not give the advice or answer, and why (for example, they do not know the child).</summary>
    public void Decline(string reason, UserId by, DateTimeOffset now)
    {
        EnsureWaiting();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("decline-reason-required", "Say why you cannot respond.");
        }

        Status = PartnerRequestStatus.Declined;
        DeclineReason = reason.Trim();
        AnsweredBy = by;
        AnsweredAt = now;
        Raise(new PartnerRequestDeclined(PlacementRequestId, Id, Kind, by, now));
    }

    /// <summary>The partner asks the officer a question about the request.</summary>
    public PartnerQuestion Ask(string text, UserId by, DateTimeOffset now)
    {
        EnsureWaiting();
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException("question-required", "Enter your question.");
        }

        if (Questions.Count >= MaximumQuestions)
        {
            throw new DomainRuleException("too-many-questions", $"This request already has {MaximumQuestions} questions; telephone the SEND officer instead.");
        }

        var question = new PartnerQuestion(Guid.CreateVersion7(), text.Trim(), by, now);
        Questions = [.. Questions, question];
        Raise(new PartnerQuestionAsked(PlacementRequestId, Id, Kind, by, now));
        return question;
    }

    private void EnsureWaiting()
    {
        if (Status == PartnerRequestStatus.Answered)
        {
            throw new DomainRuleException("partner-request-answered", $"This request was already answered on {DateText.Instant(AnsweredAt!.Value)}; the first answer stands. Ask the SEND officer to record a correction.");
        }

        if (Status == PartnerRequestStatus.Declined)
        {
            throw new DomainRuleException("partner-request-declined", "This request was declined; the SEND officer has been told.");
        }
    }

    private static PartnerRequest New(PlacementRequestId caseId, PartnerRequestKind kind, DateOnly dueOn, SharedSection sections, IReadOnlyCollection<Guid> documentIds, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var request = new PartnerRequest
        {
            Id = Guid.CreateVersion7(),
            PlacementRequestId = caseId,
            Kind = kind,
            DueOn = dueOn,
            Sections = sections,
            Status = PartnerRequestStatus.Waiting,
            SharedBy = by,
            SharedAt = now,
        };
        request.SharedDocumentIds = documentIds.Distinct().ToList();
        return request;
    }
}

public sealed record PartnerRequestShared(
    PlacementRequestId PlacementRequestId, Guid PartnerRequestId, PartnerRequestKind Kind, UserId? PartnerId, SettingId? SettingId, SharedSection Sections, int Documents, UserId By, DateTimeOffset At)
    : IDomainEvent;

public sealed record PartnerRequestDeclined(PlacementRequestId PlacementRequestId, Guid PartnerRequestId, PartnerRequestKind Kind, UserId By, DateTimeOffset At) : IDomainEvent;

public sealed record PartnerQuestionAsked(PlacementRequestId PlacementRequestId, Guid PartnerRequestId, PartnerRequestKind Kind, UserId By, DateTimeOffset At) : IDomainEvent;
