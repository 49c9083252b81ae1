using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Letters;

/// <summary>
/// A letter to the family as it was sent, numbered within its case, with the SHA-256 of its PDF (whose bytes the
/// document store keeps under that hash) and the template version it was written from. Either a decision letter
/// (one per signed-off decision; a corrected decision gets a letter of its own that replaces this one) or an
/// appealable notice (each kind once per case), which alone gives the last date to appeal. Never changed.
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

    public const int NamedInPlanMaxLength = 200;

    public Guid Id { get; private set; }

    /// <summary>The decision a decision letter tells the family about; none for a notice.</summary>
    public Guid? DecisionId { get; private set; }

    /// <summary>For a notice, the signed-off decision it gives effect to (the placement the plan names, or the refusal), if any.</summary>
    public Guid? BasedOnDecisionId { get; private set; }

    /// <summary>For a notice sent with a final (amended) plan, the school, college or type the plan names (section I).</summary>
    public string? NamedInPlan { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }

    /// <summary>1 for the case's first letter, then 2, 3…</summary>
    public int Number { get; private set; }

    /// <summary>The letter's own reference, "PR-2026-000123-L1", quoted when a later letter replaces it.</summary>
    public string Reference { get; private set; }

    public LetterOutcome Outcome { get; private set; }
    public int TemplateVersion { get; private set; }
    public DateOnly LetterDate { get; private set; }

    /// <summary>The last day to appeal the notice gave. Decision letters issued before notices existed gave one too; none does now.</summary>
    public DateOnly? AppealDeadline { get; private set; }
    public string AddressedTo { get; private set; }
    public string Sha256 { get; private set; }

    /// <summary>
    /// The SHA-256 of the same letter as HTML for its web page, written with the PDF from the same document and kept in
    /// the document store beside it; none for a letter issued before letters had web pages.
    /// </summary>
    public string? HtmlSha256 { get; private set; }

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

    public bool IsNotice => Outcome.IsNotice();

    /// <summary>Issues the letter of a signed-off decision; <paramref name="replaces"/> is the letter of the decision it corrects, if one was sent.</summary>
    public static IssuedLetter Issue(
        PanelDecision decision,
        CaseReference caseReference,
        int number,
        LetterOutcome outcome,
        int templateVersion,
        DateOnly letterDate,
        string addressedTo,
        string sha256,
        string? htmlSha256,
        long sizeBytes,
        int pageCount,
        IssuedLetter? replaces,
        UserId by,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (outcome.IsNotice())
        {
            throw new ArgumentException("A decision letter is written for one of the panel's outcomes, not as a notice.", nameof(outcome));
        }

        if (!decision.IsSignedOff)
        {
            throw new DomainRuleException("decision-not-signed-off", "A letter is issued once the chair has signed off the decision.");
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
            AddressedTo = addressedTo,
            Sha256 = sha256,
            HtmlSha256 = htmlSha256,
            SizeBytes = sizeBytes,
            PageCount = pageCount,
            ReplacesLetterId = replaces?.Id,
            IssuedBy = by,
            IssuedAt = at,
        };
        letter.Raise(new DecisionLetterIssued(letter.PlacementRequestId, letter.Id, decision.Id, letter.Reference, outcome, letterDate, letter.ReplacesLetterId, by, at));
        return letter;
    }

    /// <summary>
    /// Issues an appealable notice on the case, once for each kind, after the rules of <see cref="AppealableNotices"/>;
    /// it gives the last day to appeal, from its own date.
    /// </summary>
    public static IssuedLetter IssueNotice(
        NoticeCase noticeCase,
        LetterOutcome notice,
        NoticeContent content,
        int number,
        int templateVersion,
        DateOnly letterDate,
        DateOnly appealDeadline,
        string addressedTo,
        string sha256,
        string? htmlSha256,
        long sizeBytes,
        int pageCount,
        UserId by,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(noticeCase);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (AppealableNotices.Check(notice, noticeCase, content) is { } breach)
        {
            throw new DomainRuleException(breach.Code, breach.Message);
        }

        if (appealDeadline <= letterDate)
        {
            throw new ArgumentException("The last day to appeal comes after the notice.", nameof(appealDeadline));
        }

        var letter = new IssuedLetter
        {
            Id = Guid.CreateVersion7(),
            PlacementRequestId = noticeCase.PlacementRequestId,
            BasedOnDecisionId = AppealableNotices.BasisOf(notice, noticeCase.Decision)?.Id,
            NamedInPlan = notice.IsPlanNotice() ? content.NamedInPlan!.Trim() : null,
            Number = number,
            Reference = ReferenceFor(noticeCase.CaseReference, number),
            Outcome = notice,
            TemplateVersion = templateVersion,
            LetterDate = letterDate,
            AppealDeadline = appealDeadline,
            AddressedTo = addressedTo,
            Sha256 = sha256,
            HtmlSha256 = htmlSha256,
            SizeBytes = sizeBytes,
            PageCount = pageCount,
            IssuedBy = by,
            IssuedAt = at,
        };
        letter.Raise(new AppealableNoticeIssued(letter.PlacementRequestId, letter.Id, letter.Reference, notice, letterDate, appealDeadline, letter.BasedOnDecisionId, by, at));
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
    Guid? ReplacesLetterId,
    UserId By,
    DateTimeOffset At) : IDomainEvent;

/// <summary>A notice carrying the right of appeal was issued to the family; the appeal window runs from its date.</summary>
public sealed record AppealableNoticeIssued(
    PlacementRequestId PlacementRequestId,
    Guid LetterId,
    string Reference,
    LetterOutcome Notice,
    DateOnly LetterDate,
    DateOnly AppealDeadline,
    Guid? BasedOnDecisionId,
    UserId By,
    DateTimeOffset At) : IDomainEvent;
