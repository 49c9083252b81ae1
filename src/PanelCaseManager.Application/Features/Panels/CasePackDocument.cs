using System.Text.Json;
using System.Text.Json.Serialization;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// The frozen case pack: everything the panel sees for one case. Version 2 added the sector match, with the
/// profile version each sector was judged against; a version 1 pack has no <see cref="SectorMatch"/> and reads
/// as stored. A later version adds sections under a new <see cref="SchemaVersion"/>.
/// </summary>
public sealed record CasePackDocument(
    string Schema,
    int SchemaVersion,
    CasePackDocument.PackMeeting Meeting,
    CasePackDocument.PackCase Case,
    IReadOnlyList<CasePackDocument.PackPreference> Preferences,
    IReadOnlyList<CasePackDocument.PackEvidence> Evidence,
    IReadOnlyList<CasePackDocument.PackAdvice> Advice,
    IReadOnlyList<CasePackDocument.PackView> Views,
    DateTimeOffset FrozenAt,
    CasePackDocument.PackSectorMatch? SectorMatch)
{
    public const string SchemaName = "panel-case-pack";
    public const int CurrentVersion = 2;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a stored pack of any version: sections a version did not have are empty (null).</summary>
    public static CasePackDocument FromJson(string json) =>
        JsonSerializer.Deserialize<CasePackDocument>(json, Json) ?? throw new InvalidOperationException("The stored case pack is empty.");

    public sealed record PackMeeting(Guid Id, string Title, DateOnly MeetingDate, DateTimeOffset CutOffAt, int TermsOfReferenceNumber);

    public sealed record PackCase(
        Guid Id,
        string Reference,
        RequestType Type,
        DateOnly ReceivedDate,
        PackChild Child,
        string PrimaryNeed,
        string? SecondaryNeed,
        PackNeedLevels NeedLevels);

    public sealed record PackChild(string GivenName, string FamilyName, DateOnly DateOfBirth, string? CurrentSetting, string? HomePostcode);

    public sealed record PackNeedLevels(int CommunicationAndInteraction, int CognitionAndLearning, int SocialEmotionalAndMentalHealth, int SensoryAndPhysical);

    public sealed record PackPreference(int Rank, PreferenceKind Kind, string? SettingName, string? SettingUrn, ProvisionKind? ProvisionKind, string Reasons);

    public sealed record PackEvidence(
        Guid Id,
        EvidenceKind Kind,
        Agency? Agency,
        string Author,
        DateOnly ReceivedOn,
        string Summary,
        string FileName,
        DocumentType Type,
        long SizeBytes,
        string ContentSha256,
        Guid? AdviceRequestId);

    public sealed record PackAdvice(
        Guid Id,
        Agency Agency,
        string AgencyDescription,
        string AddressedTo,
        DateOnly RequestedOn,
        DateOnly DueOn,
        DateOnly? ReceivedOn,
        string? Summary,
        string? Recommendation,
        Guid? EvidenceItemId);

    public sealed record PackView(
        Guid Id, Voice Voice, string GivenBy, DateOnly GatheredOn, string HowGathered, string WhatMatters, string? HopesAndAspirations, string? HowBestSupported);

    /// <summary>The sector match as the panel saw it (version 2 on): the rule, each sector's verdict with its profile version, the candidates and each preference.</summary>
    public sealed record PackSectorMatch(
        string Rule,
        DateOnly AssessedOn,
        string SchoolYear,
        PackLocalityRules LocalityRules,
        IReadOnlyList<PackSectorVerdict> Sectors,
        IReadOnlyList<PackCandidate> Candidates,
        int CandidatesFound,
        IReadOnlyList<PackPreferenceMatch> Preferences,
        IReadOnlyList<string> Notes);

    public sealed record PackLocalityRules(double PrimaryWalkOrWheelKilometres, int SecondaryDriveMinutes, double AssumedDrivingSpeedKph, double RoadDistanceFactor);

    public sealed record PackSectorVerdict(
        Guid SectorId, string Code, string Name, ProvisionKind Kind, int ProfileVersion, SectorFit Fit, string Summary, IReadOnlyList<PackAreaVerdict> Areas);

    public sealed record PackAreaVerdict(BroadAreaOfNeed Area, int ChildLevel, int? Minimum, int? Maximum, AreaOutcome Outcome, string Reason);

    public sealed record PackCandidate(
        Guid SettingId,
        string Urn,
        string Name,
        ProvisionKind Kind,
        string Sector,
        SectorFit Fit,
        int ProfileVersion,
        bool InAuthorityArea,
        bool S41Approved,
        int Vacancies,
        long AnnualCostPence,
        Locality Locality,
        string LocalityExplanation,
        IReadOnlyList<string> Flags);

    /// <summary>One family preference against the profiles; for a setting in the catalogue, which one, its sector and profile version.</summary>
    public sealed record PackPreferenceMatch(
        int Rank,
        bool Matched,
        Guid? SettingId,
        string? Urn,
        string? SettingName,
        string? Sector,
        SectorFit? Fit,
        int? ProfileVersion,
        bool? InAuthorityArea,
        long? AnnualCostPence,
        string Explanation);

    /// <summary>The match in the pack's own words, from a case's match on the day the papers froze.</summary>
    public static PackSectorMatch MatchOf(CaseSectorMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var result = match.Result;
        var rules = match.Rules;
        return new PackSectorMatch(
            Domain.Provision.SectorMatch.Rule,
            match.AssessedOn,
            match.Child.Year.Name,
            new PackLocalityRules(rules.PrimaryWalkOrWheelKilometres, rules.SecondaryDriveMinutes, rules.AssumedDrivingSpeedKph, rules.RoadDistanceFactor),
            result.Sectors.Select(VerdictOf).ToList(),
            result.Candidates.Select(c => new PackCandidate(
                c.Setting.Id.Value,
                c.Setting.Urn.Value,
                c.Setting.Name,
                c.Setting.Kind,
                c.Sector.Code,
                c.Sector.Fit,
                c.Sector.ProfileVersion,
                c.Setting.InAuthorityArea,
                c.Setting.S41Approved,
                c.Setting.Vacancies,
                c.Setting.AnnualCost.Pence,
                c.Locality.Locality,
                c.Locality.Explanation,
                c.Flags)).ToList(),
            result.CandidatesFound,
            result.Preferences.Select(p => new PackPreferenceMatch(
                p.Preference.Rank,
                p.Matched,
                p.Setting?.Id.Value,
                p.Setting?.Urn.Value,
                p.Setting?.Name,
                p.Setting is null ? null : match.Sectors[p.Setting.SectorId].Code,
                p.Sector?.Fit,
                p.Sector?.ProfileVersion,
                p.Setting?.InAuthorityArea,
                p.Setting?.AnnualCost.Pence,
                p.Explanation)).ToList(),
            result.Notes);
    }

    private static PackSectorVerdict VerdictOf(SectorVerdict v) => new(
        v.SectorId.Value,
        v.Code,
        v.Name,
        v.Kind,
        v.ProfileVersion,
        v.Fit,
        v.Summary,
        v.Areas.Select(a => new PackAreaVerdict(a.Area, a.ChildLevel, a.StatedRange?.Minimum, a.StatedRange?.Maximum, a.Outcome, a.Reason)).ToList());
}
