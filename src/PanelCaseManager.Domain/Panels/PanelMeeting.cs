using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Panels;

public enum PanelRole
{
    Chair,
    Member,
}

/// <summary>A place on a meeting's panel, as it stood when the meeting was scheduled.</summary>
public sealed record PanelSeat(UserId UserId, string DisplayName, Agency Agency, PanelRole Role);

/// <summary>A member recorded by the chair as present at the meeting.</summary>
public sealed record Attendee(UserId UserId, Agency Agency, PanelRole Role);

/// <summary>A member's declared conflict of interest in one case: they take no part in that case's decision.</summary>
public sealed record ConflictDeclaration(UserId MemberId, PlacementRequestId PlacementRequestId, string Reason, UserId DeclaredBy, DateTimeOffset DeclaredAt);

/// <summary>A case on a meeting's agenda, and where its decision stands.</summary>
public sealed class AgendaItem
{
    private AgendaItem()
    {
    }

    public PlacementRequestId PlacementRequestId { get; private set; }
    public int Position { get; private set; }
    public UserId AddedBy { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>Put on the agenda after the evidence cut-off; the reason says why it could not wait.</summary>
    public bool AddedAfterCutOff { get; private set; }

    public string? LateReason { get; private set; }

    /// <summary>The decision being drafted for the case, not yet signed off.</summary>
    public Guid? DraftDecisionId { get; private set; }

    /// <summary>The signed-off decision that stands for the case (the latest correction, if any).</summary>
    public Guid? DecisionId { get; private set; }

    internal static AgendaItem Create(PlacementRequestId caseId, int position, bool late, string? lateReason, UserId by, DateTimeOffset at) => new()
    {
        PlacementRequestId = caseId,
        Position = position,
        AddedAt = at,
        AddedBy = by,
        AddedAfterCutOff = late,
        LateReason = lateReason,
    };

    internal void AttachDraft(Guid decisionId) => DraftDecisionId = decisionId;

    internal void SignOff(Guid decisionId)
    {
        DecisionId = decisionId;
        DraftDecisionId = null;
    }
}

/// <summary>The members counted for a case's decision (present, free of conflict) and whether they make a quorum.</summary>
public sealed record CaseQuorum(IReadOnlyList<Attendee> CountedMembers, QuorumCheck Check);

/// <summary>
/// One sitting of the multi-agency panel: its chair and members, its agenda, the evidence cut-off after which the
/// papers freeze, who attended and who declared a conflict in which case. The quorum rule and cut-off come from
/// the terms of reference in force when it was scheduled and are kept with it.
/// </summary>
public sealed class PanelMeeting : AggregateRoot
{
    public const int TitleMaxLength = 200;
    public const int ReasonMaxLength = 2000;

    private readonly List<PanelSeat> _seats = [];
    private readonly List<AgendaItem> _agenda = [];
    private readonly List<Attendee> _attendance = [];
    private readonly List<ConflictDeclaration> _conflicts = [];

    private PanelMeeting()
    {
        Title = string.Empty;
        QuorumAgencies = [];
    }

    public Guid Id { get; private set; }
    public string Title { get; private set; }
    public DateOnly MeetingDate { get; private set; }
    public string? Location { get; private set; }
    public UserId ChairId { get; private set; }
    public int TermsOfReferenceNumber { get; private set; }
    public IReadOnlyList<Agency> QuorumAgencies { get; private set; }
    public int QuorumMinimumMembers { get; private set; }
    public DateTimeOffset CutOffAt { get; private set; }
    public UserId ScheduledBy { get; private set; }
    public DateTimeOffset ScheduledAt { get; private set; }
    public DateTimeOffset? AttendanceRecordedAt { get; private set; }

    /// <summary>When anything about the meeting last changed; changing it marks the whole meeting changed, so its version moves on.</summary>
    public DateTimeOffset LastChangedAt { get; private set; }

    public IReadOnlyList<PanelSeat> Seats => _seats;
    public IReadOnlyList<AgendaItem> Agenda => _agenda;
    public IReadOnlyList<Attendee> Attendance => _attendance;
    public IReadOnlyList<ConflictDeclaration> Conflicts => _conflicts;

    public QuorumRule Quorum => new(QuorumAgencies, QuorumMinimumMembers);

    public bool IsPastCutOff(DateTimeOffset now) => now >= CutOffAt;

    public static PanelMeeting Schedule(
        string title,
        DateOnly meetingDate,
        string? location,
        UserAccount chair,
        IEnumerable<UserAccount> members,
        TermsOfReference terms,
        DateTimeOffset cutOffAt,
        UserId by,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(chair);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(terms);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainRuleException("title-required", "Give the meeting a title, such as 'North locality panel'.");
        }

        if (meetingDate < UkCalendar.DateOf(now))
        {
            throw new DomainRuleException("meeting-in-past", "A panel meeting cannot be scheduled for a date already past.");
        }

        if (cutOffAt <= now)
        {
            throw new DomainRuleException(
                "cut-off-already-past",
                $"The evidence cut-off for a meeting on {DateText.Plain(meetingDate)} would be {DateText.Instant(cutOffAt)}, which has passed. Choose a later date.");
        }

        if (!chair.IsActive || chair.Role != Role.PanelChair || chair.Agency is null)
        {
            throw new DomainRuleException("not-a-chair", $"{chair.DisplayName} cannot chair a panel: the chair is an active panel chair with an agency.");
        }

        var meeting = new PanelMeeting
        {
            Id = Guid.CreateVersion7(),
            Title = title.Trim(),
            MeetingDate = meetingDate,
            Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim(),
            ChairId = chair.Id,
            TermsOfReferenceNumber = terms.Number,
            QuorumAgencies = terms.QuorumAgencies,
            QuorumMinimumMembers = terms.QuorumMinimumMembers,
            CutOffAt = cutOffAt,
            ScheduledBy = by,
            ScheduledAt = now,
            LastChangedAt = now,
        };
        meeting._seats.Add(new PanelSeat(chair.Id, chair.DisplayName, chair.Agency.Value, PanelRole.Chair));
        foreach (var member in members.Where(m => m.Id != chair.Id))
        {
            if (meeting._seats.Any(s => s.UserId == member.Id))
            {
                throw new DomainRuleException("member-listed-twice", $"{member.DisplayName} is listed twice.");
            }

            if (!member.IsActive || member.Role is not (Role.PanelMember or Role.PanelChair) || member.Agency is null)
            {
                throw new DomainRuleException("not-a-panel-member", $"{member.DisplayName} cannot sit on a panel: members are active panel members with an agency.");
            }

            meeting._seats.Add(new PanelSeat(member.Id, member.DisplayName, member.Agency.Value, PanelRole.Member));
        }

        var possible = meeting.Quorum.Check(meeting._seats.Select(s => s.Agency));
        if (!possible.IsQuorate)
        {
            throw new DomainRuleException(
                "membership-cannot-be-quorate",
                $"This membership could never make a quorum ({meeting.Quorum.Describe()}): {possible.Explain()}");
        }

        return meeting;
    }

    public AgendaItem? AgendaItemFor(PlacementRequestId caseId) => _agenda.SingleOrDefault(a => a.PlacementRequestId == caseId);

    public void AddToAgenda(PlacementRequest placementRequest, string? lateReason, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(placementRequest);
        if (UkCalendar.DateOf(now) > MeetingDate)
        {
            throw new DomainRuleException("meeting-past", $"The meeting on {DateText.Plain(MeetingDate)} has passed; put the case on a later panel.");
        }

        if (AgendaItemFor(placementRequest.Id) is not null)
        {
            throw new DomainRuleException("already-on-agenda", $"Case {placementRequest.Reference} is already on this meeting's agenda.");
        }

        if (placementRequest.Stage != Stage.ReadyForPanel)
        {
            throw new DomainRuleException(
                "case-not-ready-for-panel",
                $"Case {placementRequest.Reference} is '{placementRequest.Stage.Describe()}': only a case that is ready for panel can go on an agenda.");
        }

        var late = IsPastCutOff(now);
        if (late && string.IsNullOrWhiteSpace(lateReason))
        {
            throw new DomainRuleException(
                "late-reason-required",
                $"The evidence cut-off ({DateText.Instant(CutOffAt)}) has passed: say why this case must still go to this meeting.");
        }

        _agenda.Add(AgendaItem.Create(placementRequest.Id, _agenda.Count + 1, late, late ? lateReason!.Trim() : null, by, now));
        LastChangedAt = now;
        Raise(new CaseAddedToAgenda(placementRequest.Id, Id, MeetingDate, late, by, now));
    }

    public void RecordAttendance(IEnumerable<UserId> present, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(present);
        EnsureChair(by, "record attendance");
        if (UkCalendar.DateOf(now) < MeetingDate)
        {
            throw new DomainRuleException("attendance-before-meeting", $"Attendance is recorded at the meeting, on {DateText.Plain(MeetingDate)} or after.");
        }

        var attendees = new List<Attendee>();
        foreach (var userId in present.Distinct())
        {
            var seat = _seats.SingleOrDefault(s => s.UserId == userId)
                       ?? throw new DomainRuleException("not-a-member", $"'{userId}' is not a member of this meeting's panel.");
            attendees.Add(new Attendee(seat.UserId, seat.Agency, seat.Role));
        }

        if (attendees.All(a => a.UserId != ChairId))
        {
            throw new DomainRuleException("chair-absent", "The chair runs the meeting, so the chair is present when attendance is recorded.");
        }

        _attendance.Clear();
        _attendance.AddRange(attendees);
        AttendanceRecordedAt = now;
        LastChangedAt = now;
        Raise(new PanelAttendanceRecorded(Id, MeetingDate, _agenda.Select(a => a.PlacementRequestId).ToList(), attendees.Count, Quorum.Check(attendees.Select(a => a.Agency)).Explain(), by, now));
    }

    public void DeclareConflict(UserId memberId, PlacementRequestId caseId, string reason, UserId by, DateTimeOffset now)
    {
        var seat = _seats.SingleOrDefault(s => s.UserId == memberId)
                   ?? throw new DomainRuleException("not-a-member", $"'{memberId}' is not a member of this meeting's panel.");
        if (by != memberId && by != ChairId)
        {
            throw new DomainPermissionException("declare-for-yourself", "Members declare their own conflicts of interest; only the chair may record one for another member.");
        }

        var item = AgendaItemFor(caseId) ?? throw CaseNotOnAgenda(caseId);
        if (item.DecisionId is not null)
        {
            throw new DomainRuleException("decision-signed-off", "The decision on this case is signed off: a conflict found now calls for a correcting decision, with its reason.");
        }

        if (IsConflicted(memberId, caseId))
        {
            throw new DomainRuleException("conflict-already-declared", $"{seat.DisplayName} has already declared a conflict in this case.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("conflict-reason-required", "Say what the conflict of interest is.");
        }

        _conflicts.Add(new ConflictDeclaration(memberId, caseId, reason.Trim(), by, now));
        LastChangedAt = now;
        Raise(new ConflictOfInterestDeclared(Id, caseId, memberId, seat.Agency, by, now));
    }

    public bool IsConflicted(UserId memberId, PlacementRequestId caseId) =>
        _conflicts.Any(c => c.MemberId == memberId && c.PlacementRequestId == caseId);

    /// <summary>Present members with no conflict in the case: only they give views and make up the quorum for it.</summary>
    public IReadOnlyList<Attendee> CountedMembersFor(PlacementRequestId caseId) =>
        _attendance.Where(a => !IsConflicted(a.UserId, caseId)).ToList();

    public CaseQuorum QuorumFor(PlacementRequestId caseId)
    {
        var counted = CountedMembersFor(caseId);
        return new CaseQuorum(counted, Quorum.Check(counted.Select(a => a.Agency)));
    }

    /// <summary>Checks that a member may give their agency's view on a case now, and returns their place at the meeting.</summary>
    public Attendee EnsureCanGiveView(UserId memberId, PlacementRequestId caseId, DateTimeOffset now)
    {
        var item = AgendaItemFor(caseId) ?? throw CaseNotOnAgenda(caseId);
        EnsureMeetingHasStarted(now, "Views are given at the meeting");
        if (item.DecisionId is not null)
        {
            throw new DomainRuleException("decision-signed-off", "The decision on this case is already signed off.");
        }

        return EnsureCounted(memberId, caseId);
    }

    /// <summary>Checks that a decision on the case may be recorded now by this member, and returns the quorum it is made with.</summary>
    public CaseQuorum PrepareDecision(PlacementRequestId caseId, UserId recordedBy, DateTimeOffset now)
    {
        _ = AgendaItemFor(caseId) ?? throw CaseNotOnAgenda(caseId);
        EnsureMeetingHasStarted(now, "Decisions are made at the meeting");
        EnsureCounted(recordedBy, caseId);
        var quorum = QuorumFor(caseId);
        if (!quorum.Check.IsQuorate)
        {
            throw new DomainRuleException("no-quorum", $"The panel cannot decide this case. {quorum.Check.Explain()}");
        }

        return quorum;
    }

    /// <summary>Checks that a new decision may be drafted for the case: none signed off yet, or this one corrects the one that stands.</summary>
    public void EnsureOpenForDecision(PlacementRequestId caseId, Guid? supersedes)
    {
        var item = AgendaItemFor(caseId) ?? throw CaseNotOnAgenda(caseId);
        if (supersedes is null && item.DecisionId is not null)
        {
            throw new DomainRuleException(
                "decision-signed-off",
                "The decision on this case is signed off and cannot be changed. To correct it, record a new decision that supersedes it, with the reason.");
        }

        if (supersedes is not null && item.DecisionId != supersedes)
        {
            throw new DomainRuleException("superseded-decision-not-current", "Only the decision that currently stands for this case at this meeting can be superseded.");
        }
    }

    internal void AttachDraft(PlacementRequestId caseId, Guid decisionId, Guid? supersedes, DateTimeOffset now)
    {
        EnsureOpenForDecision(caseId, supersedes);
        var item = AgendaItemFor(caseId)!;

        if (item.DraftDecisionId is not null && item.DraftDecisionId != decisionId)
        {
            throw new DomainRuleException("draft-exists", "A decision is already being drafted for this case: revise that draft instead.");
        }

        item.AttachDraft(decisionId);
        LastChangedAt = now;
    }

    internal void RecordSignOff(PlacementRequestId caseId, Guid decisionId, Guid? supersedes, UserId by, DateTimeOffset now)
    {
        EnsureChair(by, "sign off a decision");
        if (IsConflicted(ChairId, caseId))
        {
            throw new DomainPermissionException("chair-conflicted", "The chair has declared a conflict in this case and cannot sign off its decision; it goes to another panel.");
        }

        var item = AgendaItemFor(caseId) ?? throw CaseNotOnAgenda(caseId);
        if (item.DraftDecisionId != decisionId)
        {
            throw new DomainRuleException("not-the-current-draft", "This is not the decision being drafted for the case.");
        }

        if (item.DecisionId != supersedes)
        {
            throw new DomainRuleException(
                supersedes is null ? "decision-signed-off" : "superseded-decision-not-current",
                "Another decision on this case was signed off first.");
        }

        item.SignOff(decisionId);
        LastChangedAt = now;
    }

    private void EnsureChair(UserId by, string what)
    {
        if (by != ChairId)
        {
            var chair = _seats.Single(s => s.Role == PanelRole.Chair);
            throw new DomainPermissionException("not-the-chair", $"Only the meeting's chair ({chair.DisplayName}) can {what}.");
        }
    }

    private void EnsureMeetingHasStarted(DateTimeOffset now, string what)
    {
        if (UkCalendar.DateOf(now) < MeetingDate)
        {
            throw new DomainRuleException("before-meeting", $"{what}, on {DateText.Plain(MeetingDate)} or after.");
        }

        if (AttendanceRecordedAt is null)
        {
            throw new DomainRuleException("attendance-not-recorded", "The chair records who is present before the panel considers any case.");
        }
    }

    private Attendee EnsureCounted(UserId memberId, PlacementRequestId caseId)
    {
        var attendee = _attendance.SingleOrDefault(a => a.UserId == memberId)
                       ?? throw new DomainPermissionException("member-not-present", "Only members recorded as present at the meeting take part in its decisions.");
        if (IsConflicted(memberId, caseId))
        {
            throw new DomainPermissionException("member-conflicted", "You declared a conflict of interest in this case, so you take no part in its decision.");
        }

        return attendee;
    }

    private static DomainRuleException CaseNotOnAgenda(PlacementRequestId caseId) =>
        new("case-not-on-agenda", $"Case '{caseId}' is not on this meeting's agenda.");
}
