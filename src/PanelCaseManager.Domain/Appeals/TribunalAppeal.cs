using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Appeals;

/// <summary>What an appeal to the First-tier Tribunal (SEND) is about (CFA 2014 s.51(2)); which it may be follows from the notice.</summary>
public enum AppealSubject
{
    /// <summary>Only the school or other institution, or type, named in the plan (section I), or that none is named (s.51(2)(c)(ii)–(iii)).</summary>
    NamedSchoolOrTypeOnly,

    /// <summary>The plan's contents: the special educational provision, with or without the placement (s.51(2)(c)(i)).</summary>
    PlanContents,

    /// <summary>A refusal: to assess, to issue a plan, to re-assess or to amend (s.51(2)(a), (b), (d), (e)).</summary>
    Refusal,

    /// <summary>A decision to cease to maintain the plan (s.51(2)(f)).</summary>
    Cessation,
}

/// <summary>Where the appeal stands between the parties: the council's answer to it, or the family withdrawing it.</summary>
public enum AppealPosition
{
    /// <summary>The council opposes the appeal: it goes to a hearing and the tribunal decides (orders under reg 44).</summary>
    Opposes,

    /// <summary>The council told the tribunal it will not oppose the appeal: treated as decided for the family (reg 45).</summary>
    Concedes,

    /// <summary>The family withdrew the appeal: it ends with no orders.</summary>
    WithdrawnByFamily,
}

/// <summary>The tribunal's decision.</summary>
public enum TribunalOutcome
{
    Allowed,
    PartlyAllowed,
    Dismissed,
}

/// <summary>What the tribunal orders the local authority to do; each is a deadline of its own (SEND Regulations 2014 reg 44, or reg 45 for an unopposed appeal).</summary>
public enum TribunalOrderKind
{
    /// <summary>Amend the plan to name the school or type ordered: 2 weeks (reg 44(2)(f); reg 45(5), check).</summary>
    NameSchoolOrType,

    /// <summary>Amend the plan's other contents: 5 weeks (reg 44(2)(e); reg 45(4)).</summary>
    AmendPlan,

    /// <summary>Make and maintain a plan after a refusal to issue: the draft within 5 weeks (reg 44(2)(c)(i); reg 45(6), check).</summary>
    DraftPlan,

    /// <summary>…and the final plan within 11 weeks (reg 44(2)(c)(ii); reg 45(6), check).</summary>
    FinalPlan,

    /// <summary>Assess or re-assess after a refusal: tell the family it will, within 2 weeks (reg 44(2)(b); reg 45(3)).</summary>
    NotifyAssessment,

    /// <summary>…and, if a plan follows, the final plan within 14 weeks (reg 44(2)(b)(ii); reg 45(3A)(b)).</summary>
    PlanAfterAssessment,
}

public static class TribunalAppealRules
{
    /// <summary>What an appeal against this notice may be about; nothing for a letter that carries no right of appeal.</summary>
    public static IReadOnlyList<AppealSubject> SubjectsFor(LetterOutcome notice) => notice switch
    {
        LetterOutcome.FinalPlanNotice or LetterOutcome.FinalAmendedPlanNotice => [AppealSubject.NamedSchoolOrTypeOnly, AppealSubject.PlanContents],
        LetterOutcome.RefusalToAssessNotice or LetterOutcome.RefusalToIssueNotice or LetterOutcome.RefusalToReassessNotice or LetterOutcome.RefusalToAmendNotice =>
            [AppealSubject.Refusal],
        LetterOutcome.CessationNotice => [AppealSubject.Cessation],
        _ => [],
    };

    /// <summary>The orders the tribunal can make on an appeal against this notice (reg 43(2), 44(2)).</summary>
    public static IReadOnlyList<TribunalOrderKind> OrdersFor(LetterOutcome notice, AppealSubject subject) => (notice, subject) switch
    {
        (_, AppealSubject.NamedSchoolOrTypeOnly) => [TribunalOrderKind.NameSchoolOrType],
        (_, AppealSubject.PlanContents) => [TribunalOrderKind.AmendPlan, TribunalOrderKind.NameSchoolOrType],
        (LetterOutcome.RefusalToAssessNotice or LetterOutcome.RefusalToReassessNotice, _) => [TribunalOrderKind.NotifyAssessment, TribunalOrderKind.PlanAfterAssessment],
        (LetterOutcome.RefusalToIssueNotice, _) => [TribunalOrderKind.DraftPlan, TribunalOrderKind.FinalPlan],
        (LetterOutcome.RefusalToAmendNotice, _) => [TribunalOrderKind.AmendPlan, TribunalOrderKind.NameSchoolOrType],
        _ => [],
    };

    /// <summary>The deadline on the case's clock an order becomes.</summary>
    public static MilestoneKind Milestone(this TribunalOrderKind kind) => kind switch
    {
        TribunalOrderKind.NameSchoolOrType => MilestoneKind.TribunalOrderNameSchool,
        TribunalOrderKind.AmendPlan => MilestoneKind.TribunalOrderAmendPlan,
        TribunalOrderKind.DraftPlan => MilestoneKind.TribunalOrderDraftPlan,
        TribunalOrderKind.FinalPlan => MilestoneKind.TribunalOrderFinalPlan,
        TribunalOrderKind.NotifyAssessment => MilestoneKind.TribunalOrderNotifyAssessment,
        TribunalOrderKind.PlanAfterAssessment => MilestoneKind.TribunalOrderPlanAfterAssessment,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown order."),
    };

    /// <summary>The notices whose sending carries out the order, when one is sent on or after it.</summary>
    public static bool IsMetBy(this TribunalOrderKind kind, LetterOutcome notice) => (kind, notice) switch
    {
        (TribunalOrderKind.NameSchoolOrType or TribunalOrderKind.AmendPlan, LetterOutcome.FinalAmendedPlanNotice) => true,
        (TribunalOrderKind.FinalPlan or TribunalOrderKind.PlanAfterAssessment, LetterOutcome.FinalPlanNotice or LetterOutcome.FinalAmendedPlanNotice) => true,
        _ => false,
    };

    public static string Describe(this AppealSubject subject) => subject switch
    {
        AppealSubject.NamedSchoolOrTypeOnly => "The school or type named in the plan only",
        AppealSubject.PlanContents => "The plan's contents",
        AppealSubject.Refusal => "A refusal",
        AppealSubject.Cessation => "Ceasing the plan",
        _ => subject.ToString(),
    };

    public static string Describe(this AppealPosition position) => position switch
    {
        AppealPosition.Opposes => "The council opposes the appeal",
        AppealPosition.Concedes => "The council does not oppose the appeal",
        AppealPosition.WithdrawnByFamily => "The family withdrew the appeal",
        _ => position.ToString(),
    };

    public static string Describe(this TribunalOutcome outcome) => outcome switch
    {
        TribunalOutcome.Allowed => "Appeal allowed",
        TribunalOutcome.PartlyAllowed => "Appeal partly allowed",
        TribunalOutcome.Dismissed => "Appeal dismissed",
        _ => outcome.ToString(),
    };

    public static string Describe(this TribunalOrderKind kind) => kind switch
    {
        TribunalOrderKind.NameSchoolOrType => "Amend the plan to name the school or type",
        TribunalOrderKind.AmendPlan => "Amend the plan's contents",
        TribunalOrderKind.DraftPlan => "Issue a draft plan",
        TribunalOrderKind.FinalPlan => "Issue the final plan",
        TribunalOrderKind.NotifyAssessment => "Tell the family the assessment will be made",
        TribunalOrderKind.PlanAfterAssessment => "Issue the final plan after the assessment",
        _ => kind.ToString(),
    };
}

/// <summary>A reason an appeal cannot be recorded as given, named by the field a caseworker would correct.</summary>
public sealed record AppealProblem(string Field, string Message);

/// <summary>
/// A family's appeal to the First-tier Tribunal (SEND) against one notice that carries the right of appeal (CFA 2014
/// s.51(2)): what it is about, the day the tribunal registered it and the dates it set (the council's response, evidence,
/// hearing), the council's position, the tribunal's decision and its orders. Each order is a deadline on the case's
/// statutory clock (<see cref="TribunalAppealChanged"/>): reg 44 after a decision, reg 45 when the council concedes.
/// One open appeal per notice: the command checks it, and the database refuses a second (<see cref="OpenNoticeLetterId"/>).
/// </summary>
public sealed class TribunalAppeal : AggregateRoot
{
    public const string NoticeIdField = "noticeId";
    public const string SubjectField = "subject";
    public const string RegisteredOnField = "registeredOn";
    public const string ResponseDueOnField = "responseDueOn";
    public const string EvidenceDueOnField = "evidenceDueOn";
    public const string HearingOnField = "hearingOn";
    public const string PositionField = "position";
    public const string PositionOnField = "positionOn";
    public const string OutcomeField = "outcome";
    public const string DecidedOnField = "decidedOn";
    public const string OrderKindField = "kind";
    public const string OrderMadeOnField = "madeOn";
    public const string OrderMetOnField = "metOn";
    public const string OrderMetByNoticeField = "metByNoticeId";

    private readonly List<TribunalOrder> _orders = [];

    private TribunalAppeal()
    {
        NoticeReference = string.Empty;
    }

    public Guid Id { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public Guid NoticeLetterId { get; private set; }
    public string NoticeReference { get; private set; }
    public LetterOutcome Notice { get; private set; }
    public DateOnly NoticeSentOn { get; private set; }
    public AppealSubject Subject { get; private set; }
    public DateOnly RegisteredOn { get; private set; }
    public DateOnly? ResponseDueOn { get; private set; }
    public DateOnly? EvidenceDueOn { get; private set; }
    public DateOnly? HearingOn { get; private set; }
    public AppealPosition? Position { get; private set; }
    public DateOnly? PositionOn { get; private set; }
    public TribunalOutcome? Outcome { get; private set; }
    public DateOnly? DecidedOn { get; private set; }
    public UserId RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<TribunalOrder> Orders => _orders;

    /// <summary>
    /// The notice, while the appeal is open (<see cref="IsOpen"/>); null once it has ended. The database holds each value
    /// once (a unique index, docs/adr/0257), so two registrations that race cannot both leave an open appeal on a notice.
    /// </summary>
    public Guid? OpenNoticeLetterId { get; private set; }

    /// <summary>Still to be decided: not withdrawn, not conceded, no decision yet.</summary>
    public bool IsOpen => Outcome is null && Position is not (AppealPosition.Concedes or AppealPosition.WithdrawnByFamily);

    /// <summary>Orders run under reg 45 (from the day the council told the tribunal) when it conceded, under reg 44 (from the order) otherwise.</summary>
    public bool Unopposed => Position == AppealPosition.Concedes;

    /// <summary>Every reason an appeal with these details cannot be registered against this notice, by field.</summary>
    public static IReadOnlyList<AppealProblem> ProblemsRegistering(
        IssuedLetter notice, AppealSubject subject, DateOnly registeredOn, DateOnly? responseDueOn, DateOnly? evidenceDueOn, DateOnly? hearingOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var problems = new List<AppealProblem>();
        var subjects = TribunalAppealRules.SubjectsFor(notice.Outcome);
        if (subjects.Count == 0)
        {
            problems.Add(new(NoticeIdField, $"Letter {notice.Reference} carries no right of appeal: an appeal is made against a notice sent with the final plan or a refusal."));
            return problems;
        }

        if (!subjects.Contains(subject))
        {
            problems.Add(new(SubjectField, $"An appeal against this notice can be about: {string.Join(", ", subjects.Select(s => s.Describe().ToLowerInvariant()))}."));
        }

        if (registeredOn < notice.LetterDate)
        {
            problems.Add(new(RegisteredOnField, $"The appeal cannot have been registered before notice {notice.Reference} was sent ({DateText.Plain(notice.LetterDate)})."));
        }
        else if (registeredOn > today)
        {
            problems.Add(new(RegisteredOnField, "The day the tribunal registered the appeal cannot be in the future."));
        }

        if (hearingOn is { } hearing && hearing < today)
        {
            problems.Add(new(HearingOnField, "The hearing date cannot be in the past when the appeal is registered: enter the date the tribunal set."));
        }

        problems.AddRange(TribunalDatesProblems(registeredOn, responseDueOn, evidenceDueOn, hearingOn));
        return problems;
    }

    private static IEnumerable<AppealProblem> TribunalDatesProblems(DateOnly registeredOn, DateOnly? responseDueOn, DateOnly? evidenceDueOn, DateOnly? hearingOn)
    {
        foreach (var (date, field, what) in new[] { (responseDueOn, ResponseDueOnField, "council's response"), (evidenceDueOn, EvidenceDueOnField, "evidence"), (hearingOn, HearingOnField, "hearing") })
        {
            if (date is { } d && d < registeredOn)
            {
                yield return new(field, $"The date for the {what} cannot be before the appeal was registered ({DateText.Plain(registeredOn)}).");
            }
        }

        if (responseDueOn is { } response && evidenceDueOn is { } evidence && evidence < response)
        {
            yield return new(EvidenceDueOnField, "The date for evidence comes after the date for the council's response.");
        }

        if (hearingOn is { } h && (evidenceDueOn ?? responseDueOn) is { } before && h < before)
        {
            yield return new(HearingOnField, "The hearing comes after the dates for the response and evidence.");
        }
    }

    /// <summary>The tribunal registered a family's appeal against a notice that carries the right of appeal.</summary>
    public static TribunalAppeal Register(
        IssuedLetter notice, AppealSubject subject, DateOnly registeredOn, DateOnly? responseDueOn, DateOnly? evidenceDueOn, DateOnly? hearingOn,
        DateOnly today, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (TribunalAppealRules.SubjectsFor(notice.Outcome).Count == 0)
        {
            throw new DomainRuleException("no-right-of-appeal",
                $"Letter {notice.Reference} is a decision letter: it carries no right of appeal. An appeal is made against a notice sent with the final plan or a refusal.");
        }

        if (ProblemsRegistering(notice, subject, registeredOn, responseDueOn, evidenceDueOn, hearingOn, today) is { Count: > 0 } problems)
        {
            throw new DomainRuleException("appeal-dates", string.Join(" ", problems.Select(p => p.Message)));
        }

        var appeal = new TribunalAppeal
        {
            Id = Guid.CreateVersion7(),
            PlacementRequestId = notice.PlacementRequestId,
            NoticeLetterId = notice.Id,
            NoticeReference = notice.Reference,
            Notice = notice.Outcome,
            NoticeSentOn = notice.LetterDate,
            Subject = subject,
            RegisteredOn = registeredOn,
            ResponseDueOn = responseDueOn,
            EvidenceDueOn = evidenceDueOn,
            HearingOn = hearingOn,
            OpenNoticeLetterId = notice.Id,
            RecordedBy = by,
            RecordedAt = at,
            UpdatedAt = at,
        };
        appeal.Raise(new TribunalAppealChanged(appeal.PlacementRequestId, appeal.Id, appeal.NoticeReference, "appeal registered", [], by, at));
        return appeal;
    }

    /// <summary>
    /// Every reason these answers cannot be recorded, by field: the tribunal's dates on or after registration and in order;
    /// a position needs its date, from registration to today; a decision needs its date and outcome, and there is none
    /// once the council conceded or the family withdrew; orders already recorded keep the appeal's ending as it is.
    /// </summary>
    public IReadOnlyList<AppealProblem> ProblemsWith(
        DateOnly? responseDueOn, DateOnly? evidenceDueOn, DateOnly? hearingOn, AppealPosition? position, DateOnly? positionOn,
        TribunalOutcome? outcome, DateOnly? decidedOn, DateOnly today)
    {
        var problems = TribunalDatesProblems(RegisteredOn, responseDueOn, evidenceDueOn, hearingOn).ToList();
        if (position is null && positionOn is not null)
        {
            problems.Add(new(PositionField, "Say what the council's position is, or leave out its date."));
        }
        else if (position is not null && positionOn is not { })
        {
            problems.Add(new(PositionOnField, "Enter the day the position was given to the tribunal."));
        }
        else if (positionOn is { } given)
        {
            if (given < RegisteredOn)
            {
                problems.Add(new(PositionOnField, $"The position cannot be dated before the appeal was registered ({DateText.Plain(RegisteredOn)})."));
            }
            else if (given > today)
            {
                problems.Add(new(PositionOnField, "The day the position was given cannot be in the future."));
            }
        }

        if (outcome is null && decidedOn is not null)
        {
            problems.Add(new(OutcomeField, "Say what the tribunal decided, or leave out the date of its decision."));
        }
        else if (outcome is not null && decidedOn is not { })
        {
            problems.Add(new(DecidedOnField, "Enter the date of the tribunal's decision."));
        }
        else if (decidedOn is { } decided)
        {
            if (position is AppealPosition.Concedes or AppealPosition.WithdrawnByFamily)
            {
                problems.Add(new(OutcomeField, position == AppealPosition.Concedes
                    ? "The council did not oppose the appeal, so the tribunal makes no decision: it counts as decided for the family (reg 45(2))."
                    : "The family withdrew the appeal, so the tribunal makes no decision."));
            }
            else if (decided < RegisteredOn)
            {
                problems.Add(new(DecidedOnField, $"The decision cannot be dated before the appeal was registered ({DateText.Plain(RegisteredOn)})."));
            }
            else if (decided > today)
            {
                problems.Add(new(DecidedOnField, "The date of the decision cannot be in the future."));
            }
        }

        if (_orders.Count > 0 && (position != Position || positionOn != PositionOn || outcome != Outcome || decidedOn != DecidedOn))
        {
            problems.Add(new(outcome is null ? PositionField : OutcomeField,
                "The appeal's orders are already on the clock from its decision or the council's concession: that cannot change now."));
        }

        return problems;
    }

    /// <summary>Records the tribunal's dates, the council's position and the tribunal's decision.</summary>
    public void Record(
        DateOnly? responseDueOn, DateOnly? evidenceDueOn, DateOnly? hearingOn, AppealPosition? position, DateOnly? positionOn,
        TribunalOutcome? outcome, DateOnly? decidedOn, DateOnly today, UserId by, DateTimeOffset at)
    {
        if (ProblemsWith(responseDueOn, evidenceDueOn, hearingOn, position, positionOn, outcome, decidedOn, today) is { Count: > 0 } problems)
        {
            throw new DomainRuleException("appeal-dates", string.Join(" ", problems.Select(p => p.Message)));
        }

        if (responseDueOn == ResponseDueOn && evidenceDueOn == EvidenceDueOn && hearingOn == HearingOn && position == Position && positionOn == PositionOn
            && outcome == Outcome && decidedOn == DecidedOn)
        {
            return;
        }

        ResponseDueOn = responseDueOn;
        EvidenceDueOn = evidenceDueOn;
        HearingOn = hearingOn;
        Position = position;
        PositionOn = positionOn;
        Outcome = outcome;
        DecidedOn = decidedOn;
        OpenNoticeLetterId = IsOpen ? NoticeLetterId : null;
        UpdatedAt = at;
        Raise(new TribunalAppealChanged(PlacementRequestId, Id, NoticeReference, "appeal updated", [], by, at));
    }

    /// <summary>The day an order's period runs from: the tribunal's decision (reg 44), or the day the council told the tribunal it would not oppose (reg 45).</summary>
    public DateOnly? OrdersRunFrom => Unopposed ? PositionOn : Outcome is TribunalOutcome.Allowed or TribunalOutcome.PartlyAllowed ? DecidedOn : null;

    /// <summary>Every reason this order cannot be recorded, by field.</summary>
    public IReadOnlyList<AppealProblem> ProblemsAddingOrder(TribunalOrderKind? kind, DateOnly? madeOn, DateOnly today)
    {
        var problems = new List<AppealProblem>();
        var allowed = TribunalAppealRules.OrdersFor(Notice, Subject);
        if (kind is not { } k || !allowed.Contains(k))
        {
            problems.Add(new(OrderKindField, allowed.Count == 0
                ? "The tribunal makes no order with a deadline on an appeal like this one."
                : $"Choose what the tribunal ordered: {string.Join(", ", allowed.Select(o => o.Describe().ToLowerInvariant()))}."));
        }
        else if (_orders.Any(o => o.Kind == k))
        {
            problems.Add(new(OrderKindField, $"The order '{k.Describe()}' is already recorded on this appeal."));
        }

        if (OrdersRunFrom is not { } from)
        {
            problems.Add(new(OrderKindField, Position == AppealPosition.WithdrawnByFamily || Outcome == TribunalOutcome.Dismissed
                ? "The appeal ended without orders: record orders only on an appeal allowed, partly allowed or not opposed."
                : "Record the tribunal's decision, or that the council does not oppose the appeal, before its orders."));
        }

        if (madeOn is not { } made)
        {
            problems.Add(new(OrderMadeOnField, "Enter the date of the order."));
        }
        else if (made > today)
        {
            problems.Add(new(OrderMadeOnField, "The date of the order cannot be in the future."));
        }
        else if (OrdersRunFrom is { } runs && made < runs)
        {
            problems.Add(new(OrderMadeOnField, Unopposed
                ? $"The order cannot be dated before the council told the tribunal it would not oppose the appeal ({DateText.Plain(runs)})."
                : $"The order cannot be dated before the tribunal's decision ({DateText.Plain(runs)})."));
        }

        return problems;
    }

    /// <summary>An order of the tribunal (or, for an unopposed appeal, what reg 45 requires): a deadline on the case's clock.</summary>
    public TribunalOrder AddOrder(TribunalOrderKind kind, DateOnly madeOn, DateOnly today, UserId by, DateTimeOffset at)
    {
        if (ProblemsAddingOrder(kind, madeOn, today) is { Count: > 0 } problems)
        {
            throw new DomainRuleException("appeal-order", string.Join(" ", problems.Select(p => p.Message)));
        }

        var order = new TribunalOrder(Guid.CreateVersion7(), kind, madeOn, Unopposed);
        _orders.Add(order);
        UpdatedAt = at;
        Raise(new TribunalAppealChanged(PlacementRequestId, Id, NoticeReference, $"order recorded: {kind.Describe().ToLowerInvariant()}", [order.OnTheClock()], by, at));
        return order;
    }

    /// <summary>Every reason an order cannot be recorded as met on this day, or by this notice, by field.</summary>
    public IReadOnlyList<AppealProblem> ProblemsMeetingOrder(Guid orderId, DateOnly? metOn, IssuedLetter? notice, DateOnly today)
    {
        var problems = new List<AppealProblem>();
        var order = _orders.SingleOrDefault(o => o.Id == orderId);
        if (order is null)
        {
            problems.Add(new(OrderKindField, "The appeal has no such order."));
            return problems;
        }

        if (metOn is not { } met)
        {
            problems.Add(new(OrderMetOnField, "Enter the day the order was carried out."));
            return problems;
        }

        if (met > today)
        {
            problems.Add(new(OrderMetOnField, "The day the order was carried out cannot be in the future."));
        }
        else if (met < order.MadeOn)
        {
            problems.Add(new(OrderMetOnField, $"The order cannot have been carried out before it was made ({DateText.Plain(order.MadeOn)})."));
        }

        if (notice is not null)
        {
            if (notice.LetterDate < order.MadeOn)
            {
                problems.Add(new(OrderMetByNoticeField, $"Notice {notice.Reference} was sent before the order ({DateText.Plain(notice.LetterDate)}): it cannot carry it out."));
            }
            else if (met < notice.LetterDate)
            {
                problems.Add(new(OrderMetOnField, $"The order cannot be marked met before notice {notice.Reference}, which carries it out, was sent ({DateText.Plain(notice.LetterDate)})."));
            }
        }

        return problems;
    }

    /// <summary>The local authority carried out the order on this day (with the notice that did it, when there is one).</summary>
    public void MeetOrder(Guid orderId, DateOnly metOn, IssuedLetter? notice, DateOnly today, UserId by, DateTimeOffset at)
    {
        if (ProblemsMeetingOrder(orderId, metOn, notice, today) is { Count: > 0 } problems)
        {
            throw new DomainRuleException("appeal-order-met", string.Join(" ", problems.Select(p => p.Message)));
        }

        var order = _orders.Single(o => o.Id == orderId);
        if (order.MetOn == metOn && order.MetByNoticeId == notice?.Id)
        {
            return;
        }

        order.Met(metOn, notice?.Id);
        UpdatedAt = at;
        Raise(new TribunalAppealChanged(PlacementRequestId, Id, NoticeReference, $"order carried out: {order.Kind.Describe().ToLowerInvariant()}", [order.OnTheClock()], by, at));
    }

    /// <summary>
    /// A notice was sent on the case: the open orders it carries out (an amended plan's notice for an amendment, a plan's
    /// notice for a plan), made on or before its date, are met on its date. Returns whether any was.
    /// </summary>
    public bool MetByNotice(IssuedLetter notice, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var met = _orders.Where(o => o.MetOn is null && o.MadeOn <= notice.LetterDate && o.Kind.IsMetBy(notice.Outcome)).ToList();
        foreach (var order in met)
        {
            order.Met(notice.LetterDate, notice.Id);
        }

        if (met.Count > 0)
        {
            UpdatedAt = at;
            Raise(new TribunalAppealChanged(PlacementRequestId, Id, NoticeReference, $"orders carried out by notice {notice.Reference}", [.. met.Select(o => o.OnTheClock())], by, at));
        }

        return met.Count > 0;
    }
}

/// <summary>One order on an appeal: what it requires, the day its period runs from, and when it was carried out.</summary>
public sealed class TribunalOrder
{
    private TribunalOrder()
    {
    }

    internal TribunalOrder(Guid id, TribunalOrderKind kind, DateOnly madeOn, bool unopposed)
    {
        Id = id;
        Kind = kind;
        MadeOn = madeOn;
        Unopposed = unopposed;
    }

    public Guid Id { get; private set; }
    public TribunalOrderKind Kind { get; private set; }

    /// <summary>The date of the order, or for an unopposed appeal the day the council told the tribunal: the period runs from it.</summary>
    public DateOnly MadeOn { get; private set; }

    /// <summary>Made under reg 45 (unopposed) rather than reg 44.</summary>
    public bool Unopposed { get; private set; }

    public DateOnly? MetOn { get; private set; }
    public Guid? MetByNoticeId { get; private set; }

    internal void Met(DateOnly on, Guid? noticeId)
    {
        MetOn = on;
        MetByNoticeId = noticeId;
    }

    public ClockOrderInput OnTheClock() => new(Id, Kind.Milestone(), MadeOn, MetOn);
}

/// <summary>An appeal was registered or changed; <paramref name="OnTheClock"/> holds the orders whose deadlines start or are met.</summary>
public sealed record TribunalAppealChanged(
    PlacementRequestId PlacementRequestId,
    Guid AppealId,
    string NoticeReference,
    string What,
    IReadOnlyList<ClockOrderInput> OnTheClock,
    UserId By,
    DateTimeOffset At) : IDomainEvent;
