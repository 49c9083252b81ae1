using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Appeals;

/// <summary>What the family told the mediation adviser after hearing about mediation (CFA 2014 s.53–55).</summary>
public enum MediationChoice
{
    /// <summary>The family has contacted the adviser but not yet said whether they want mediation.</summary>
    Undecided,

    /// <summary>The family wants mediation: the local authority must arrange it.</summary>
    Mediate,

    /// <summary>The family does not want mediation: the adviser issues a certificate so that they can appeal.</summary>
    NoMediation,
}

/// <summary>How a mediation ended.</summary>
public enum MediationOutcome
{
    AgreementReached,
    PartlyAgreed,
    NoAgreement,
}

/// <summary>A reason a mediation cannot be recorded as given, named by the field a caseworker would correct.</summary>
public sealed record MediationProblem(string Field, string Message);

/// <summary>
/// The family's mediation about one notice that carries the right of appeal (CFA 2014 s.51(2), s.53–55;
/// statutory-framework.md §3): the day they contacted the mediation adviser, whether they chose mediation and when they
/// said so, the day it was held and how it ended, and the certificate's date — which moves the last day to appeal to
/// one month from it when that is later (HESC Rules r.20). One per notice. Each change puts its dates on the case's
/// statutory clock (<see cref="MediationChanged"/>), which holds the local authority's own deadlines: mediation within
/// 30 days of being asked, the certificate within 3 working days.
/// </summary>
public sealed class Mediation : AggregateRoot
{
    public const string AdviserContactedOnField = "adviserContactedOn";
    public const string ChoiceField = "choice";
    public const string ChoiceMadeOnField = "choiceMadeOn";
    public const string HeldOnField = "heldOn";
    public const string OutcomeField = "outcome";
    public const string CertificateIssuedOnField = "certificateIssuedOn";

    private Mediation()
    {
        NoticeReference = string.Empty;
    }

    public Guid Id { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }

    /// <summary>The notice carrying the right of appeal the mediation is about (an <see cref="IssuedLetter"/> that is a notice).</summary>
    public Guid NoticeLetterId { get; private set; }

    public string NoticeReference { get; private set; }
    public LetterOutcome Notice { get; private set; }
    public DateOnly NoticeSentOn { get; private set; }
    public DateOnly AdviserContactedOn { get; private set; }
    public MediationChoice Choice { get; private set; }

    /// <summary>The day the family said whether they want mediation: the 30 days or the 3 working days run from it.</summary>
    public DateOnly? ChoiceMadeOn { get; private set; }

    public DateOnly? HeldOn { get; private set; }
    public MediationOutcome? Outcome { get; private set; }
    public DateOnly? CertificateIssuedOn { get; private set; }
    public UserId RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Every reason the family's contact with the adviser cannot be recorded against this notice.</summary>
    public static IReadOnlyList<MediationProblem> ProblemsStarting(IssuedLetter notice, DateOnly adviserContactedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var problems = new List<MediationProblem>();
        if (adviserContactedOn < notice.LetterDate)
        {
            problems.Add(new(AdviserContactedOnField, $"The family cannot have contacted the mediation adviser about notice {notice.Reference} before it was sent ({DateText.Plain(notice.LetterDate)})."));
        }

        if (adviserContactedOn > today)
        {
            problems.Add(new(AdviserContactedOnField, "The day the family contacted the mediation adviser cannot be in the future."));
        }

        return problems;
    }

    /// <summary>The family contacted the mediation adviser about a notice that carries the right of appeal.</summary>
    public static Mediation Start(IssuedLetter notice, DateOnly adviserContactedOn, DateOnly today, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (!notice.IsNotice)
        {
            throw new DomainRuleException("no-right-of-appeal",
                $"Letter {notice.Reference} is a decision letter: it carries no right of appeal, so there is nothing to mediate about yet. Mediation follows a notice sent with the final plan or a refusal.");
        }

        if (ProblemsStarting(notice, adviserContactedOn, today) is { Count: > 0 } problems)
        {
            throw new DomainRuleException("mediation-dates", string.Join(" ", problems.Select(p => p.Message)));
        }

        var mediation = new Mediation
        {
            Id = Guid.CreateVersion7(),
            PlacementRequestId = notice.PlacementRequestId,
            NoticeLetterId = notice.Id,
            NoticeReference = notice.Reference,
            Notice = notice.Outcome,
            NoticeSentOn = notice.LetterDate,
            AdviserContactedOn = adviserContactedOn,
            Choice = MediationChoice.Undecided,
            RecordedBy = by,
            RecordedAt = at,
            UpdatedAt = at,
        };
        mediation.Raise(new MediationChanged(mediation.PlacementRequestId, mediation.Id, mediation.NoticeReference, "contacted the mediation adviser", [], by, at));
        return mediation;
    }

    /// <summary>
    /// Every reason these answers cannot be recorded, by field: a choice needs its date, on or after the contact; only
    /// a mediation chosen can be held, on or after the choice, and a held one has an outcome; a certificate comes once the
    /// family has chosen, never before they contacted the adviser; nothing is dated in the future.
    /// </summary>
    public IReadOnlyList<MediationProblem> ProblemsWith(
        MediationChoice choice, DateOnly? choiceMadeOn, DateOnly? heldOn, MediationOutcome? outcome, DateOnly? certificateIssuedOn, DateOnly today)
    {
        var problems = new List<MediationProblem>();
        void Future(DateOnly? date, string field, string what)
        {
            if (date > today)
            {
                problems.Add(new(field, $"The {what} cannot be in the future."));
            }
        }

        Future(choiceMadeOn, ChoiceMadeOnField, "day the family said whether they want mediation");
        Future(heldOn, HeldOnField, "day of the mediation");
        Future(certificateIssuedOn, CertificateIssuedOnField, "certificate's date");

        if (choice == MediationChoice.Undecided)
        {
            if (choiceMadeOn is not null)
            {
                problems.Add(new(ChoiceField, "Say whether the family chose mediation, or leave out the day they said so."));
            }
        }
        else if (choiceMadeOn is not { } chosen)
        {
            problems.Add(new(ChoiceMadeOnField, "Enter the day the family said whether they want mediation."));
        }
        else if (chosen < AdviserContactedOn)
        {
            problems.Add(new(ChoiceMadeOnField, $"The family cannot have said whether they want mediation before they contacted the adviser ({DateText.Plain(AdviserContactedOn)})."));
        }

        if (heldOn is { } held)
        {
            if (choice != MediationChoice.Mediate)
            {
                problems.Add(new(HeldOnField, "A mediation is held only when the family chose mediation."));
            }
            else if (choiceMadeOn is { } asked && held < asked)
            {
                problems.Add(new(HeldOnField, $"The mediation cannot have been held before the family asked for it ({DateText.Plain(asked)})."));
            }

            if (outcome is null)
            {
                problems.Add(new(OutcomeField, "Say how the mediation ended."));
            }
        }
        else if (outcome is not null)
        {
            problems.Add(new(HeldOnField, "Enter the day the mediation was held, or leave out its outcome."));
        }

        if (certificateIssuedOn is { } certificate)
        {
            if (certificate < AdviserContactedOn)
            {
                problems.Add(new(CertificateIssuedOnField, $"The certificate cannot be dated before the family contacted the mediation adviser ({DateText.Plain(AdviserContactedOn)})."));
            }
            else if (choice == MediationChoice.Undecided)
            {
                problems.Add(new(ChoiceField, "A certificate is issued once the family has said whether they want mediation: record their choice too."));
            }
            else if (choiceMadeOn is { } answered && certificate < answered)
            {
                problems.Add(new(CertificateIssuedOnField, $"The certificate cannot be dated before the family said whether they want mediation ({DateText.Plain(answered)})."));
            }
        }

        return problems;
    }

    /// <summary>Records where the mediation stands now; the dates that changed go on the case's statutory clock.</summary>
    public void Record(
        MediationChoice choice, DateOnly? choiceMadeOn, DateOnly? heldOn, MediationOutcome? outcome, DateOnly? certificateIssuedOn, DateOnly today, UserId by, DateTimeOffset at)
    {
        if (ProblemsWith(choice, choiceMadeOn, heldOn, outcome, certificateIssuedOn, today) is { Count: > 0 } problems)
        {
            throw new DomainRuleException("mediation-dates", string.Join(" ", problems.Select(p => p.Message)));
        }

        var onTheClock = new List<ClockEventInput>();
        if (choice != Choice || choiceMadeOn != ChoiceMadeOn)
        {
            switch (choice)
            {
                case MediationChoice.Mediate:
                    onTheClock.Add(new(ClockEventKind.MediationRequested, choiceMadeOn!.Value));
                    break;
                case MediationChoice.NoMediation:
                    onTheClock.Add(new(ClockEventKind.MediationDeclined, choiceMadeOn!.Value));
                    break;
                case MediationChoice.Undecided when Choice != MediationChoice.Undecided:
                    throw new DomainRuleException("mediation-choice-recorded", "The family's choice about mediation is already recorded; correct it to what they said, rather than clearing it.");
            }
        }

        if (heldOn is { } held && held != HeldOn)
        {
            onTheClock.Add(new(ClockEventKind.MediationHeld, held));
        }
        else if (heldOn is null && HeldOn is not null)
        {
            throw new DomainRuleException("mediation-held-recorded", "The mediation is already recorded as held; correct its date rather than clearing it.");
        }

        if (certificateIssuedOn is { } certificate && certificate != CertificateIssuedOn)
        {
            onTheClock.Add(new(ClockEventKind.MediationCertificateIssued, certificate));
        }
        else if (certificateIssuedOn is null && CertificateIssuedOn is not null)
        {
            throw new DomainRuleException("mediation-certificate-recorded", "The certificate is already recorded, and the appeal deadline follows it; correct its date rather than clearing it.");
        }

        var changed = onTheClock.Count > 0 || outcome != Outcome;
        if (!changed)
        {
            return;
        }

        Choice = choice;
        ChoiceMadeOn = choiceMadeOn;
        HeldOn = heldOn;
        Outcome = outcome;
        CertificateIssuedOn = certificateIssuedOn;
        UpdatedAt = at;
        Raise(new MediationChanged(PlacementRequestId, Id, NoticeReference, "mediation updated", onTheClock, by, at));
    }
}

/// <summary>A mediation was recorded or changed; <paramref name="OnTheClock"/> holds the dates its deadlines now run from or are met by.</summary>
public sealed record MediationChanged(
    PlacementRequestId PlacementRequestId,
    Guid MediationId,
    string NoticeReference,
    string What,
    IReadOnlyList<ClockEventInput> OnTheClock,
    UserId By,
    DateTimeOffset At) : IDomainEvent;
