using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// Everything a letter to the family shows, gathered before it is written: a panel's decision letter (the decision,
/// every reason for it, what happens next and when the right of appeal will arise) or a notice that carries the right
/// of appeal (the decision, its reasons, the last day to appeal, mediation). Dates are calendar dates in England; the
/// appeal deadline is computed by the statutory clock and handed in, never worked out by the letter.
/// </summary>
public sealed record DecisionLetterModel
{
    public required LetterOutcome Outcome { get; init; }
    public required AuthorityDetails Authority { get; init; }
    public required LetterRecipient Family { get; init; }
    public required LetterChild Child { get; init; }
    public required string CaseReference { get; init; }
    public required DateOnly LetterDate { get; init; }

    /// <summary>What the family asked for, as they would recognise it ("Brookside Special School").</summary>
    public string? FamilyPreference { get; init; }

    /// <summary>The setting named, or the type of provision specified, by the decision; for a decline that names nothing, where the child stays.</summary>
    public string? Placement { get; init; }

    /// <summary>True when <see cref="Placement"/> is a type of provision rather than a named setting.</summary>
    public bool PlacementIsType { get; init; }

    /// <summary>True when <see cref="Placement"/> is where the child is now and stays, after a decline.</summary>
    public bool PlacementIsCurrent { get; init; }

    /// <summary>The reasons for the decision, in plain English.</summary>
    public required string Reasons { get; init; }

    /// <summary>How the child's needs compare with the sector profile of the provision, as the family can read it.</summary>
    public string? SectorProfileExplanation { get; init; }

    /// <summary>
    /// Every preference of the family's the decision does not agree, in rank order, each with the test its setting's
    /// status called for (s.39(4) grounds, or s.9) and the panel's reasons (statutory-framework.md §1, §3).
    /// </summary>
    public IReadOnlyList<RefusedPreference> RefusedPreferences { get; init; } = [];

    /// <summary>The mainstream presumption (CFA s.33), where the decision names the setting or type itself.</summary>
    public MainstreamReasons? Mainstream { get; init; }

    public IReadOnlyList<NextStep> NextSteps { get; init; } = [];

    /// <summary>For a deferral: the evidence the panel still needs.</summary>
    public IReadOnlyList<string> MissingEvidence { get; init; } = [];

    /// <summary>For a deferral: when the decision will be made, from the case's data.</summary>
    public NextDecision? NextDecision { get; init; }

    /// <summary>For a decision letter: when the family's right of appeal will arise, from the type of request and the outcome.</summary>
    public AppealRoute AppealRoute { get; init; }

    /// <summary>When the plan that gives rise to the right of appeal is due, from the statutory clock, when known.</summary>
    public DateOnly? PlanDue { get; init; }

    /// <summary>For a notice sent with a final (amended) plan: the school, college or type the plan names.</summary>
    public string? NamedInPlan { get; init; }

    /// <summary>For a notice: the last day to appeal to the First-tier Tribunal, from the statutory clock.</summary>
    public DateOnly? AppealDeadline { get; init; }

    /// <summary>For a notice: the right of appeal it carries, as <see cref="AppealRights"/> words it.</summary>
    public NoticeRights? Rights { get; init; }

    public ServiceContact? Mediation { get; init; }
    public ServiceContact? DisagreementResolution { get; init; }
    public ServiceContact? Sendiass { get; init; }

    /// <summary>How long after the notice the family has to contact the mediation adviser, in plain words ("2 months").</summary>
    public required string MediationContactPeriod { get; init; }

    /// <summary>Where the family reads about appealing to the First-tier Tribunal (SEND).</summary>
    public required string TribunalWebsite { get; init; }

    public required OfficerContact Officer { get; init; }

    /// <summary>The letter this one replaces, when a decision was superseded.</summary>
    public ReplacedLetter? Replaces { get; init; }
}

/// <summary>When the family's right of appeal arises after a panel's decision (statutory-framework.md §3).</summary>
public enum AppealRoute
{
    /// <summary>A deferral decides nothing yet.</summary>
    None,

    /// <summary>A new plan: with the final EHC plan naming the setting.</summary>
    FinalPlan,

    /// <summary>A new plan the LA refuses to issue: with the notice of that refusal.</summary>
    RefusalToIssue,

    /// <summary>A phase transfer: with the amended plan naming the next setting, by 15 February (31 March for post-16).</summary>
    PhaseTransfer,

    /// <summary>After a review (or a change of placement decided at one): with the final amended plan.</summary>
    AmendedPlan,

    /// <summary>After a review, a decision not to amend the plan: with the notice of that decision.</summary>
    RefusalToAmend,

    /// <summary>A change of placement decided outside a review: no appeal of its own; the route is an early review.</summary>
    EarlyReview,
}

/// <summary>A preference the decision does not agree, with the test its setting's status called for.</summary>
/// <param name="Status">What the setting is in law, in the family's words, when it was recorded.</param>
/// <param name="Grounds">Under s.39: each of the three grounds considered, whether it applies and why.</param>
/// <param name="Section9">Under s.9: the findings on efficient instruction and public expenditure.</param>
public sealed record RefusedPreference(int Rank, string Name, string? Status, bool UnderSection9, IReadOnlyList<GroundConsidered> Grounds, Section9Findings? Section9);

/// <summary>The Education Act 1996 s.9 findings about an independent setting not approved under s.41; money in pounds a year.</summary>
public sealed record Section9Findings(bool EfficientInstruction, bool AvoidsUnreasonableExpenditure, decimal RequestedCost, decimal AlternativeCost, string Reasons);

/// <summary>The panel's findings on mainstream education (CFA s.33), in a form a letter can explain.</summary>
/// <param name="ProvidesForMainstream">The setting or type named is mainstream (including resourced provision and units in mainstream schools).</param>
public sealed record MainstreamReasons(bool ProvidesForMainstream, bool FamilyDoesNotWantMainstream, bool IncompatibleWithOthers, bool NoReasonableStepsCouldPrevent, string? ReasonableSteps, string Reasons);

/// <summary>When a deferred decision will be made: at a panel meeting on that day, or by that day.</summary>
public sealed record NextDecision(DateOnly Date, bool AtPanel);

/// <summary>The right of appeal a notice carries, in the words of <see cref="AppealRights"/>.</summary>
public sealed record NoticeRights(string About, string TimeLimit, string DateMoves, string MediationRule, string Certificate);

public sealed record AuthorityDetails(string Name, IReadOnlyList<string> AddressLines, string? Telephone, string? Email, string? Website, byte[]? Logo);

/// <summary>The person the letter is addressed to: how to greet them and where to post it.</summary>
public sealed record LetterRecipient(string Name, string Salutation, IReadOnlyList<string> AddressLines);

public sealed record LetterChild(string GivenName, string FamilyName, DateOnly DateOfBirth)
{
    public string FullName => $"{GivenName} {FamilyName}";
}

public sealed record GroundConsidered(PreferenceGround Ground, bool Applies, string Reasons);

/// <summary>Something that happens next, with its date when there is one.</summary>
public sealed record NextStep(string Description, DateOnly? By);

/// <summary>An organisation the family can contact; name and telephone at least.</summary>
public sealed record ServiceContact(string Name, string? Telephone, string? Email, string? Website);

public sealed record OfficerContact(string Name, string Role, string? Telephone, string? Email);

public sealed record ReplacedLetter(string Reference, DateOnly Date);
