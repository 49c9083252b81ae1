using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Panels;

/// <summary>
/// The panel's decision on one case at one meeting, with its reasons, the 9.79 tests of each family preference, the
/// views of each agency and the members it was made with, and the frozen papers it was made on. A draft may be
/// revised; once the chair signs it off it is final and never changes. A correction is a new decision that
/// supersedes it, with the reason.
/// </summary>
public sealed class PanelDecision : AggregateRoot
{
    public const int ReasonsMaxLength = 8000;

    private static readonly JsonSerializerOptions CanonicalJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private PanelDecision()
    {
        CasePackSha256 = string.Empty;
        Content = null!;
        CountedMembers = [];
        AgencyViews = [];
        QuorumExplanation = string.Empty;
        SectorProfiles = [];
    }

    public Guid Id { get; private set; }
    public Guid PanelMeetingId { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public Guid CasePackId { get; private set; }
    public string CasePackSha256 { get; private set; }
    public DecisionContent Content { get; private set; }
    public DecisionOutcome Outcome { get; private set; }
    public bool ReliesOnUnsuitability { get; private set; }
    public bool ReliesOnEducationOfOthers { get; private set; }
    public bool ReliesOnUseOfResources { get; private set; }
    public bool ReliesOnSection9 { get; private set; }
    public IReadOnlyList<Attendee> CountedMembers { get; private set; }
    public string QuorumExplanation { get; private set; }
    public IReadOnlyList<AgencyViewSnapshot> AgencyViews { get; private set; }
    public DecisionStatus Status { get; private set; }
    public UserId RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public UserId? SignedOffBy { get; private set; }
    public DateTimeOffset? SignedOffAt { get; private set; }
    public Guid? SupersedesDecisionId { get; private set; }
    public string? SupersedeReason { get; private set; }

    /// <summary>The sector-profile versions of the match in the frozen papers the decision was made on (none for papers frozen before the match was in them).</summary>
    public IReadOnlyList<SectorProfileUsed> SectorProfiles { get; private set; }

    /// <summary>The catalogue setting the decision places the child in, with its sector, or only the sector of a type named; null when it places nowhere.</summary>
    public DecisionPlacement? Placement { get; private set; }

    /// <summary>The SHA-256 of the signed-off record, so that anyone can check it has not been altered since.</summary>
    public string? ContentSha256 { get; private set; }

    public bool IsSignedOff => Status == DecisionStatus.SignedOff;

    /// <summary>Records a new draft decision; <paramref name="supersedes"/> is the signed-off decision it corrects, if any.</summary>
    public static PanelDecision Record(
        DecisionContent content,
        DecisionSetting setting,
        PanelDecision? supersedes,
        string? supersedeReason,
        UserId by,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(setting);
        setting.Meeting.EnsureOpenForDecision(setting.PlacementRequest.Id, supersedes?.Id);
        if (supersedes is not null)
        {
            CheckSupersession(content, setting, supersedes, supersedeReason);
        }
        else if (setting.PlacementRequest.Stage != Stage.ReadyForPanel)
        {
            throw new DomainRuleException(
                "case-not-ready-for-panel",
                $"Case {setting.PlacementRequest.Reference} is '{setting.PlacementRequest.Stage.Describe()}': the panel decides a case that is ready for panel.");
        }

        var decision = new PanelDecision
        {
            Id = Guid.CreateVersion7(),
            PanelMeetingId = setting.Meeting.Id,
            PlacementRequestId = setting.PlacementRequest.Id,
            Status = DecisionStatus.Draft,
            SupersedesDecisionId = supersedes?.Id,
            SupersedeReason = supersedeReason?.Trim(),
        };
        decision.Apply(content, setting, by, now);
        setting.Meeting.AttachDraft(decision.PlacementRequestId, decision.Id, decision.SupersedesDecisionId, now);
        decision.Raise(new PanelDecisionRecorded(decision.Id, decision.PanelMeetingId, decision.PlacementRequestId, content.Outcome, false, decision.SupersedesDecisionId, by, now));
        return decision;
    }

    /// <summary>Revises the draft before sign-off, against the meeting as it now stands.</summary>
    public void Revise(DecisionContent content, DecisionSetting setting, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(setting);
        EnsureDraft();
        if (setting.Meeting.Id != PanelMeetingId || setting.PlacementRequest.Id != PlacementRequestId)
        {
            throw new InvalidOperationException("A draft is revised at its own meeting, for its own case.");
        }

        Apply(content, setting, by, now);
        Raise(new PanelDecisionRecorded(Id, PanelMeetingId, PlacementRequestId, content.Outcome, true, SupersedesDecisionId, by, now));
    }

    /// <summary>The chair makes the decision final. Nobody can change it afterwards.</summary>
    public void SignOff(PanelMeeting meeting, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        EnsureDraft();
        var stale = CountedMembers.Concat(AgencyViews.Select(v => new Attendee(v.MemberId, v.Agency, PanelRole.Member)))
            .Where(m => meeting.IsConflicted(m.UserId, PlacementRequestId))
            .Select(m => m.UserId)
            .Distinct()
            .ToList();
        if (stale.Count > 0)
        {
            throw new DomainRuleException(
                "draft-counts-conflicted-member",
                $"A member counted in this draft ({string.Join(", ", stale)}) has since declared a conflict of interest: revise the draft so that it does not count them.");
        }

        var quorum = meeting.QuorumFor(PlacementRequestId);
        if (!quorum.Check.IsQuorate)
        {
            throw new DomainRuleException("no-quorum", $"The decision cannot be signed off. {quorum.Check.Explain()}");
        }

        meeting.RecordSignOff(PlacementRequestId, Id, SupersedesDecisionId, by, now);
        Status = DecisionStatus.SignedOff;
        SignedOffBy = by;
        SignedOffAt = now;
        ContentSha256 = ComputeHash();
        Raise(new PanelDecisionSignedOff(Id, PanelMeetingId, PlacementRequestId, Content.Outcome, SupersedesDecisionId, Content.MissingEvidence, by, now));
    }

    /// <summary>True when the signed-off record still has the hash it was signed off with.</summary>
    public bool IsIntact => ContentSha256 is not null && string.Equals(ComputeHash(), ContentSha256, StringComparison.Ordinal);

    private void EnsureDraft()
    {
        if (Status != DecisionStatus.Draft)
        {
            throw new DomainRuleException(
                "decision-signed-off",
                "This decision is signed off and cannot be changed. To correct it, record a new decision that supersedes it, with the reason.");
        }
    }

    private void Apply(DecisionContent content, DecisionSetting setting, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.PreferenceTests is null || content.MissingEvidence is null)
        {
            throw new ArgumentException("A decision's lists are empty rather than missing.", nameof(content));
        }

        var quorum = setting.Meeting.PrepareDecision(setting.PlacementRequest.Id, by, now);
        var decisionCase = new DecisionCase(setting.PlacementRequest.Type, setting.PlacementRequest.Preferences);
        var breach = content.Breaches(decisionCase).Concat(SettingBreaches(content, setting, quorum)).FirstOrDefault();
        if (breach is not null)
        {
            throw new DomainRuleException(breach.Code, breach.Message);
        }

        Content = content;
        Outcome = content.Outcome;
        var applied = content.PreferenceTests.SelectMany(t => t.GroundsApplied).ToHashSet();
        ReliesOnUnsuitability = applied.Contains(Section39Ground.Unsuitable);
        ReliesOnEducationOfOthers = applied.Contains(Section39Ground.IncompatibleWithEfficientEducationOfOthers);
        ReliesOnUseOfResources = applied.Contains(Section39Ground.IncompatibleWithEfficientUseOfResources);
        ReliesOnSection9 = content.PreferenceTests.Any(t => t.Duty == NamingDuty.Section9 && t.Refuses);
        CasePackId = setting.Pack.Id;
        CasePackSha256 = setting.Pack.Sha256;
        SectorProfiles = setting.SectorProfiles ?? [];
        Placement = setting.Placement;
        CountedMembers = quorum.CountedMembers;
        QuorumExplanation = quorum.Check.Explain();
        AgencyViews = CountedViews(setting.Views, quorum);
        RecordedBy = by;
        RecordedAt = now;
    }

    private static List<AgencyViewSnapshot> CountedViews(IEnumerable<AgencyViewSnapshot> views, CaseQuorum quorum) =>
        views.Where(v => quorum.CountedMembers.Any(m => m.UserId == v.MemberId))
            .GroupBy(v => v.MemberId)
            .Select(g => g.OrderByDescending(v => v.RecordedAt).ThenByDescending(v => v.ViewId).First())
            .OrderBy(v => v.Agency)
            .ThenBy(v => v.MemberId.Value, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<RuleBreach> SettingBreaches(DecisionContent content, DecisionSetting setting, CaseQuorum quorum)
    {
        if (setting.Pack.PanelMeetingId != setting.Meeting.Id || setting.Pack.PlacementRequestId != setting.PlacementRequest.Id)
        {
            throw new InvalidOperationException("A decision is made on the papers frozen for its own meeting and case.");
        }

        foreach (var test in content.PreferenceTests)
        {
            var unknown = test.Grounds.SelectMany(g => g.EvidenceReliedOn)
                .Concat(test.Section9?.EvidenceReliedOn ?? [])
                .Where(id => !setting.EvidenceBeforePanel.Contains(id))
                .ToList();
            if (unknown.Count > 0)
            {
                yield return new RuleBreach(
                    "preferenceTests",
                    "evidence-not-before-panel",
                    $"Evidence relied on must be in the panel's papers or added to them as late evidence; not found: {string.Join(", ", unknown)}.");
            }
        }

        var counted = CountedViews(setting.Views, quorum);
        var withoutView = setting.Meeting.Quorum.RequiredAgencies.Where(a => counted.All(v => v.Agency != a)).ToList();
        if (withoutView.Count > 0)
        {
            yield return new RuleBreach(
                "agencyViews",
                "views-missing",
                $"Record each agency's view before the decision; no view yet from {string.Join(", ", withoutView.Select(a => a.Describe()))}.");
        }
    }

    private static void CheckSupersession(DecisionContent content, DecisionSetting setting, PanelDecision supersedes, string? reason)
    {
        if (!supersedes.IsSignedOff)
        {
            throw new DomainRuleException("superseded-decision-draft", "Only a signed-off decision is superseded; a draft is revised.");
        }

        if (supersedes.PanelMeetingId != setting.Meeting.Id || supersedes.PlacementRequestId != setting.PlacementRequest.Id)
        {
            throw new DomainRuleException("superseded-decision-elsewhere", "A correction is made at the same meeting, for the same case, as the decision it corrects.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("supersede-reason-required", "Say why the decision is being corrected.");
        }

        if (supersedes.Content.IsDeferral != content.IsDeferral)
        {
            throw new DomainRuleException(
                "correction-changes-deferral",
                "A correction cannot turn a deferral into a decision or a decision into a deferral: reconsider the case at a panel instead.");
        }
    }

    private string ComputeHash()
    {
        var record = new HashedRecord(
            Id,
            PanelMeetingId,
            PlacementRequestId.Value,
            CasePackId,
            CasePackSha256,
            Content,
            CountedMembers.Select(m => new { UserId = m.UserId.Value, m.Agency, m.Role }),
            QuorumExplanation,
            AgencyViews.Select(v => new { v.ViewId, MemberId = v.MemberId.Value, v.Agency, v.Summary, v.RecommendedOutcome, RecordedAt = Stamp(v.RecordedAt) }),
            RecordedBy.Value,
            Stamp(RecordedAt),
            SignedOffBy?.Value,
            SignedOffAt is { } at ? Stamp(at) : null,
            SupersedesDecisionId,
            SupersedeReason,
            SectorProfiles.Count == 0 ? null : SectorProfiles,
            Placement);
        var json = JsonSerializer.Serialize(record, CanonicalJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    /// <summary>
    /// What the hash covers, in a fixed order. What later versions added is left out when empty, so that a decision
    /// signed off before keeps the hash it was signed off with.
    /// </summary>
    private sealed record HashedRecord(
        Guid Id,
        Guid PanelMeetingId,
        Guid PlacementRequestId,
        Guid CasePackId,
        string CasePackSha256,
        DecisionContent Content,
        IEnumerable<object> CountedMembers,
        string QuorumExplanation,
        IEnumerable<object> AgencyViews,
        string RecordedBy,
        string RecordedAt,
        string? SignedOffBy,
        string? SignedOffAt,
        Guid? SupersedesDecisionId,
        string? SupersedeReason,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SectorProfileUsed>? SectorProfiles,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DecisionPlacement? Placement);

    // Whole milliseconds in UTC: what every supported database stores exactly.
    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>
/// Where a decision is made: the meeting, the case, the frozen papers and the agency views given so far; the
/// sector-profile versions of the papers' match; and where the decision places the child, as the catalogue has it.
/// </summary>
public sealed record DecisionSetting(
    PanelMeeting Meeting,
    PlacementRequest PlacementRequest,
    CasePack Pack,
    IReadOnlySet<Guid> EvidenceBeforePanel,
    IReadOnlyList<AgencyViewSnapshot> Views,
    IReadOnlyList<SectorProfileUsed>? SectorProfiles = null,
    DecisionPlacement? Placement = null);

/// <summary>A sector's profile version in the match the panel saw, and how the sector fitted the child.</summary>
public sealed record SectorProfileUsed(string SectorCode, string SectorName, int Version, SectorFit Fit);

/// <summary>
/// Where a decision places the child, as the provision catalogue had it when the decision was recorded: the setting
/// (absent when it is not in the catalogue, or when a type of provision is named), its sector and the profile
/// version the panel saw, and whether it is in the authority's area. Kept for reports by sector and out of area.
/// </summary>
public sealed record DecisionPlacement(
    Guid? SettingId,
    string? SettingUrn,
    string? SettingName,
    string? SectorCode,
    string? SectorName,
    int? ProfileVersion,
    bool? InAuthorityArea);
