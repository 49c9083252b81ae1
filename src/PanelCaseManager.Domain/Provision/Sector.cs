using System.Text.RegularExpressions;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Provision;

/// <summary>
/// A sector of provision ("Communication and Autism special schools", "SRPs for hearing impairment") with its
/// versioned profile. At most one version is published at a time and at most one is a draft; publishing a draft
/// retires the version it replaces, and a published or retired version never changes again.
/// </summary>
public sealed partial class Sector : AggregateRoot
{
    public const int CodeMaxLength = 60;

    private readonly List<SectorProfileVersion> _versions = [];

    private Sector()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public SectorId Id { get; private set; }

    /// <summary>A short stable name for files and links, such as "communication-and-autism".</summary>
    public string Code { get; private set; }

    /// <summary>The name of the published version, or of the first draft until one is published.</summary>
    public string Name { get; private set; }

    /// <summary>The kind of provision this sector's settings are; a family's "type of provision" preference is matched by it.</summary>
    public ProvisionKind Kind { get; private set; }

    public IReadOnlyList<SectorProfileVersion> Versions => _versions;

    public SectorProfileVersion? Published => _versions.SingleOrDefault(v => v.Status == ProfileStatus.Published);

    public SectorProfileVersion? Draft => _versions.SingleOrDefault(v => v.Status == ProfileStatus.Draft);

    public SectorProfileVersion? FindVersion(int number) => _versions.SingleOrDefault(v => v.Number == number);

    public static bool IsValidCode(string? code) => code is not null && code.Length <= CodeMaxLength && CodeShape().IsMatch(code);

    /// <summary>A new sector, with its first profile as a draft.</summary>
    public static Sector Create(string code, ProvisionKind kind, SectorProfileContent firstDraft, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(firstDraft);
        if (!IsValidCode(code))
        {
            throw new DomainRuleException("sector-code-invalid", "A sector code is lower-case letters and digits joined by hyphens, such as communication-and-autism.");
        }

        var sector = new Sector { Id = SectorId.New(), Code = code, Kind = kind, Name = firstDraft.Name };
        sector._versions.Add(new SectorProfileVersion(1, firstDraft, by, at));
        sector.Raise(new SectorProfileDrafted(sector.Id, 1));
        return sector;
    }

    /// <summary>Starts a new draft, when there is none, with the given content.</summary>
    public SectorProfileVersion StartDraft(SectorProfileContent content, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Draft is { } draft)
        {
            throw new DomainRuleException("draft-exists", $"Version {draft.Number} of this profile is already a draft: edit that one.");
        }

        var version = new SectorProfileVersion(_versions.Max(v => v.Number) + 1, content, by, at);
        _versions.Add(version);
        Raise(new SectorProfileDrafted(Id, version.Number));
        return version;
    }

    /// <summary>
    /// Edits a version. A draft is changed in place; a published or retired version is left as it is and the
    /// edit becomes a new draft, so a decision made against the published version still reads as it was.
    /// </summary>
    /// <returns>The draft that now holds the content.</returns>
    public SectorProfileVersion Edit(int number, SectorProfileContent content, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(content);
        var version = FindVersion(number) ?? throw new DomainRuleException("version-not-found", $"This profile has no version {number}.");
        if (version.Status != ProfileStatus.Draft)
        {
            return StartDraft(content, by, at);
        }

        version.Write(content, at);
        Raise(new SectorProfileEdited(Id, number));
        return version;
    }

    /// <summary>Publishes a complete draft; the version published before it, if any, is retired.</summary>
    public void Publish(int number, UserId by, DateTimeOffset at)
    {
        var version = FindVersion(number) ?? throw new DomainRuleException("version-not-found", $"This profile has no version {number}.");
        if (version.Status != ProfileStatus.Draft)
        {
            throw new DomainRuleException("not-a-draft", $"Version {number} is {version.Status.ToString().ToLowerInvariant()}: only a draft can be published.");
        }

        var missing = version.Content.MissingForPublication();
        if (missing.Count > 0)
        {
            throw new DomainRuleException("profile-incomplete", $"Version {number} cannot be published yet: {string.Join(" ", missing.Select(m => m.Message))}");
        }

        var replaced = Published;
        replaced?.MarkRetired(by, at);
        version.MarkPublished(by, at);
        Name = version.Name;
        Raise(new SectorProfilePublished(Id, number, replaced?.Number));
    }

    /// <summary>Withdraws the published version without a replacement: the sector is no longer matched.</summary>
    public void Retire(int number, UserId by, DateTimeOffset at)
    {
        var version = FindVersion(number) ?? throw new DomainRuleException("version-not-found", $"This profile has no version {number}.");
        if (version.Status != ProfileStatus.Published)
        {
            throw new DomainRuleException("not-published", $"Version {number} is {version.Status.ToString().ToLowerInvariant()}: only the published version can be retired.");
        }

        version.MarkRetired(by, at);
        Raise(new SectorProfileRetired(Id, number));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodeShape();
}

public sealed record SectorProfileDrafted(SectorId Id, int Version) : IDomainEvent;

public sealed record SectorProfileEdited(SectorId Id, int Version) : IDomainEvent;

public sealed record SectorProfilePublished(SectorId Id, int Version, int? Retired) : IDomainEvent;

public sealed record SectorProfileRetired(SectorId Id, int Version) : IDomainEvent;
