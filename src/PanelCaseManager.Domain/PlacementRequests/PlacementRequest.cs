using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.PlacementRequests;

/// <summary>
/// A request for a school place for a child with an EHC plan, from receipt to the panel's decision letter.
/// Statutory clocks run from <see cref="ReceivedDate"/>.
/// </summary>
public sealed class PlacementRequest : AggregateRoot
{
    private readonly List<Preference> _preferences = [];
    private readonly List<RankedNeed> _needs = [];
    private readonly List<StageChange> _stageChanges = [];

    private PlacementRequest()
    {
        Reference = null!;
        NeedLevels = null!;
    }

    public PlacementRequestId Id { get; private set; }
    public CaseReference Reference { get; private set; }
    public ChildId ChildId { get; private set; }
    public RequestType Type { get; private set; }
    public DateOnly ReceivedDate { get; private set; }
    public NeedsProfile NeedLevels { get; private set; }
    public UserId AssignedOfficerId { get; private set; }
    public Stage Stage { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset LastChangedAt { get; private set; }

    public IReadOnlyList<Preference> Preferences => _preferences;
    public IReadOnlyList<RankedNeed> Needs => _needs;
    public IReadOnlyList<StageChange> StageChanges => _stageChanges;

    public string PrimaryNeed => _needs.Single(n => n.Rank == RankedNeed.Primary).Code;

    public static PlacementRequest Submit(
        CaseReference reference,
        Child child,
        RequestType type,
        DateOnly receivedDate,
        IEnumerable<Preference> preferences,
        IEnumerable<RankedNeed> needs,
        NeedsProfile needLevels,
        UserAccount assignedOfficer,
        PlacementRequestRules rules,
        UserId submittedBy,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(assignedOfficer);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(needLevels);

        var today = UkCalendar.DateOf(now);
        if (receivedDate > today)
        {
            throw new DomainRuleException("received-date-in-future", "The date the request was received cannot be in the future.");
        }

        if (receivedDate < child.DateOfBirth)
        {
            throw new DomainRuleException("received-before-birth", "The request cannot have been received before the child was born.");
        }

        if (!assignedOfficer.CanBeAssignedCases)
        {
            throw new DomainRuleException("officer-cannot-hold-cases", $"{assignedOfficer.DisplayName} cannot be assigned cases.");
        }

        var request = new PlacementRequest
        {
            Id = PlacementRequestId.New(),
            Reference = reference,
            ChildId = child.Id,
            Type = type,
            ReceivedDate = receivedDate,
            NeedLevels = needLevels,
            AssignedOfficerId = assignedOfficer.Id,
            Stage = Stage.Received,
            SubmittedAt = now,
            LastChangedAt = now,
        };
        request._preferences.AddRange(CheckPreferences(preferences, rules.MaximumPreferences));
        request._needs.AddRange(CheckNeeds(needs));
        request.Raise(new PlacementRequestSubmitted(request.Id, reference, submittedBy, now));
        return request;
    }

    public IReadOnlyList<StageTransition> AllowedTransitions => StageRules.AllowedFrom(Stage);

    /// <summary>
    /// Replaces the family's ranked preferences when they change their mind before the panel decides, for
    /// example after seeing the draft plan. The earlier preferences stay in the case's timeline.
    /// </summary>
    /// <summary>The family's preferences can change until the panel decides, and again while the decision is reconsidered.</summary>
    public bool PreferencesCanChange => Stage is Stage.Received or Stage.Evidence or Stage.ReadyForPanel or Stage.Reconsideration;

    public void RecordPreferences(IEnumerable<Preference> preferences, PlacementRequestRules rules, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (!PreferencesCanChange)
        {
            throw new DomainRuleException("preferences-closed", $"The family's preferences cannot change once the case is '{Stage.Describe()}'.");
        }

        var checkedPreferences = CheckPreferences(preferences, rules.MaximumPreferences);
        var before = _preferences.Select(p => p.Describe()).ToList();
        _preferences.Clear();
        _preferences.AddRange(checkedPreferences);
        LastChangedAt = at;
        Raise(new PlacementRequestPreferencesRecorded(Id, before, checkedPreferences.Select(p => p.Describe()).ToList(), by, at));
    }

    public void StartEvidence(UserId by, DateTimeOffset at) => Move(StageTransition.StartEvidence, by, at, null);

    public void MarkReadyForPanel(UserId by, DateTimeOffset at) => Move(StageTransition.MarkReadyForPanel, by, at, null);

    public void ReturnToEvidence(string reason, UserId by, DateTimeOffset at) => Move(StageTransition.ReturnToEvidence, by, at, reason);

    public void DeferForEvidence(string missingEvidence, UserId by, DateTimeOffset at) => Move(StageTransition.DeferForEvidence, by, at, missingEvidence);

    public void RecordDecision(UserId by, DateTimeOffset at) => Move(StageTransition.RecordDecision, by, at, null);

    public void RecordLetterIssued(UserId by, DateTimeOffset at) => Move(StageTransition.IssueLetter, by, at, null);

    public void Close(string reason, UserId by, DateTimeOffset at) => Move(StageTransition.Close, by, at, reason);

    public void Withdraw(string reason, UserId by, DateTimeOffset at) => Move(StageTransition.Withdraw, by, at, reason);

    public void Reconsider(ReconsiderationTrigger trigger, DateOnly triggerDate, string reason, UserId by, DateTimeOffset at)
    {
        if (triggerDate > UkCalendar.DateOf(at))
        {
            throw new DomainRuleException("trigger-date-in-future", "The date of the new evidence, mediation or appeal cannot be in the future.");
        }

        if (triggerDate < ReceivedDate)
        {
            throw new DomainRuleException("trigger-before-request", "The reconsideration cannot be prompted by something before the request was received.");
        }

        Move(StageTransition.Reconsider, by, at, reason, trigger, triggerDate);
    }

    private void Move(
        StageTransition transition,
        UserId by,
        DateTimeOffset at,
        string? reason,
        ReconsiderationTrigger? trigger = null,
        DateOnly? triggerDate = null)
    {
        if (!StageRules.IsAllowed(Stage, transition))
        {
            var allowed = AllowedTransitions.Select(t => t.Describe()).ToList();
            var options = allowed.Count == 0 ? "nothing further can happen to it" : $"it can {string.Join(", ", allowed)}";
            throw new DomainRuleException(
                "transition-not-allowed",
                $"A case that is '{Stage.Describe()}' cannot {transition.Describe()}: {options}.");
        }

        if (StageRules.RequiresReason(transition) && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("reason-required", $"Say why, to {transition.Describe()} a case.");
        }

        var change = new StageChange(_stageChanges.Count + 1, Stage, StageRules.TargetOf(transition), transition, at, by, reason?.Trim(), trigger, triggerDate);
        _stageChanges.Add(change);
        Stage = change.To;
        LastChangedAt = at;
        Raise(new PlacementRequestStageChanged(Id, change));
    }

    private static List<Preference> CheckPreferences(IEnumerable<Preference> preferences, int maximum)
    {
        var ordered = preferences.OrderBy(p => p.Rank).ToList();
        if (ordered.Count > maximum)
        {
            throw new DomainRuleException("too-many-preferences", $"A family can rank up to {maximum} preferences.");
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Rank != i + 1)
            {
                throw new DomainRuleException("preference-ranks", "Preferences must be ranked 1, 2, 3… with no gaps or repeats.");
            }

            if (ordered.Take(i).Any(earlier => earlier.IsSameChoiceAs(ordered[i])))
            {
                throw new DomainRuleException("duplicate-preference", $"Preference {i + 1} repeats an earlier preference ({ordered[i].Describe()}).");
            }

            if (string.IsNullOrWhiteSpace(ordered[i].Reasons))
            {
                throw new DomainRuleException("preference-reasons-required", $"Preference {i + 1} needs the family's reasons.");
            }
        }

        return ordered;
    }

    private static List<RankedNeed> CheckNeeds(IEnumerable<RankedNeed> needs)
    {
        var list = needs.OrderBy(n => n.Rank).ToList();
        if (list.Count == 0 || list[0].Rank != RankedNeed.Primary)
        {
            throw new DomainRuleException("primary-need-required", "A request needs the child's primary need.");
        }

        if (list.Count > 2 || (list.Count == 2 && list[1].Rank != RankedNeed.Secondary))
        {
            throw new DomainRuleException("need-ranks", "A request records a primary need and, optionally, one secondary need.");
        }

        if (list.Count == 2 && string.Equals(list[0].Code, list[1].Code, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException("duplicate-need", "The secondary need must differ from the primary need.");
        }

        return list.Select(n => n with { Code = n.Code.ToUpperInvariant() }).ToList();
    }
}
