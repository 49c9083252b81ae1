using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Letters;

/// <summary>
/// A decision letter as it was sent: one per signed-off decision, numbered within its case, with the SHA-256 of its
/// PDF (whose bytes the document store keeps under that hash), the template version it was written from and the
/// appeal deadline it gave. Never changed: a corrected decision gets a letter of its own that replaces this one.
/// </summary>
public sealed class IssuedLetter : AggregateRoot
{
    public const int ReferenceMaxLength = 40;
    public const int AddressedToMaxLength = FamilyContact.NameMaxLength;

    private IssuedLetter()
    {
        Reference = string.Empty;
        Sha256 = string.Empty;
        AddressedTo = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid DecisionId { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }

    /// <summary>1 for the case's first letter, then 2, 3…</summary>
    public int Number { get; private set; }

    /// <summary>The letter's own reference, "PR-2026-000123-L1", quoted when a later letter replaces it.</summary>
    public string Reference { get; private set; }

    public LetterOutcome Outcome { get; private set; }
    public int TemplateVersion { get; private set; }
    public DateOnly LetterDate { get; private set; }
    public DateOnly? AppealDeadline { get; private set; }
    public string AddressedTo { get; private set; }
    public string Sha256 { get; private set; }
    public long SizeBytes { get; private set; }
    public int PageCount { get; private set; }
    public Guid? ReplacesLetterId { get; private set; }
    public UserId IssuedBy { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }

    public static string ReferenceFor(CaseReference caseReference, int number)
    {
        ArgumentNullException.ThrowIfNull(caseReference);
        return $"{caseReference.Value}-L{number}";
    }

    /// <summary>Issues the letter of a signed-off decision; <paramref name="replaces"/> is the letter of the decision it corrects, if one was sent.</summary>
    public static IssuedLetter Issue(
        PanelDecision decision,
        CaseReference caseReference,
        int number,
        LetterOutcome outcome,
        int templateVersion,
        DateOnly letterDate,
        DateOnly? appealDeadline,
        string addressedTo,
        string sha256,
        long sizeBytes,
        int pageCount,
        IssuedLetter? replaces,
        UserId by,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (!decision.IsSignedOff)
        {
            throw new DomainRuleException("decision-not-signed-off", "A letter is issued once the chair has signed off the decision.");
        }

        if (outcome.CarriesAppealRights() != appealDeadline.HasValue)
        {
            throw new ArgumentException("A letter that carries appeal rights gives the appeal deadline, and only such a letter does.", nameof(appealDeadline));
        }

        if (replaces is not null && replaces.PlacementRequestId != decision.PlacementRequestId)
        {
            throw new ArgumentException("A letter replaces an earlier letter of the same case.", nameof(replaces));
        }

        var letter = new IssuedLetter
        {
            Id = Guid.CreateVersion7(),
            DecisionId = decision.Id,
            PlacementRequestId = decision.PlacementRequestId,
            Number = number,
            Reference = ReferenceFor(caseReference, number),
            Outcome = outcome,
            TemplateVersion = templateVersion,
            LetterDate = letterDate,
            AppealDeadline = appealDeadline,
            AddressedTo = addressedTo,
            Sha256 = sha256,
            SizeBytes = sizeBytes,
            PageCount = pageCount,
            ReplacesLetterId = replaces?.Id,
            IssuedBy = by,
            IssuedAt = at,
        };
        letter.Raise(new DecisionLetterIssued(letter.PlacementRequestId, letter.Id, letter.DecisionId, letter.Reference, outcome, letterDate, appealDeadline, letter.ReplacesLetterId, by, at));
        return letter;
    }
}

/// <summary>A decision letter was issued to the family.</summary>
public sealed record DecisionLetterIssued(
    PlacementRequestId PlacementRequestId,
    Guid LetterId,
    Guid DecisionId,
    string Reference,
    LetterOutcome Outcome,
    DateOnly LetterDate,
    DateOnly? AppealDeadline,
    Guid? ReplacesLetterId,
    UserId By,
    DateTimeOffset At) : IDomainEvent;
