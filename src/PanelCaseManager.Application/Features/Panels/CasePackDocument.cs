using System.Text.Json;
using System.Text.Json.Serialization;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// Version 1 of the frozen case pack: everything the panel sees for one case. A later version (for example one
/// carrying the sector-profile match) adds sections under a new <see cref="SchemaVersion"/>; stored packs keep
/// the version they were frozen with and are shown as stored.
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
    DateTimeOffset FrozenAt)
{
    public const string SchemaName = "panel-case-pack";
    public const int CurrentVersion = 1;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a stored pack of the current version.</summary>
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
}
