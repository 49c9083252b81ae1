using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// Everything a decision letter shows, gathered before the letter is written: the decision and its reasons, who it
/// is about and for, what happens next and the family's rights. Dates are calendar dates in England; the appeal
/// deadline is computed by the statutory clock and handed in, never worked out by the letter.
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

    /// <summary>The setting named, or the type of provision specified, by the decision.</summary>
    public string? Placement { get; init; }

    /// <summary>True when <see cref="Placement"/> is a type of provision rather than a named setting.</summary>
    public bool PlacementIsType { get; init; }

    /// <summary>The panel's reasons, in plain English.</summary>
    public required string Reasons { get; init; }

    /// <summary>How the child's needs compare with the sector profile of the provision, as the family can read it.</summary>
    public string? SectorProfileExplanation { get; init; }

    /// <summary>Each 9.79 ground the panel considered for the family's preference, whether it applies, and why.</summary>
    public IReadOnlyList<GroundConsidered> Grounds { get; init; } = [];

    public IReadOnlyList<NextStep> NextSteps { get; init; } = [];

    /// <summary>For a deferral: the evidence the panel still needs.</summary>
    public IReadOnlyList<string> MissingEvidence { get; init; } = [];

    /// <summary>The last day to appeal to the First-tier Tribunal, from the statutory clock. Needed whenever the outcome carries appeal rights.</summary>
    public DateOnly? AppealDeadline { get; init; }

    public ServiceContact? Mediation { get; init; }
    public ServiceContact? DisagreementResolution { get; init; }
    public ServiceContact? Sendiass { get; init; }

    /// <summary>How long after the letter the family has to contact the mediation adviser, in plain words ("2 months").</summary>
    public required string MediationContactPeriod { get; init; }

    /// <summary>Where the family reads about appealing to the First-tier Tribunal (SEND).</summary>
    public required string TribunalWebsite { get; init; }

    public required OfficerContact Officer { get; init; }

    /// <summary>The letter this one replaces, when a decision was superseded.</summary>
    public ReplacedLetter? Replaces { get; init; }
}

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
