using System.Security.Cryptography;
using System.Text;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.Panels;

/// <summary>Why a case's papers were frozen when they were.</summary>
public enum FreezeTrigger
{
    /// <summary>Someone froze the meeting's papers once the cut-off had passed.</summary>
    CutOff,

    /// <summary>The case went on the agenda after the cut-off.</summary>
    AddedAfterCutOff,

    /// <summary>Something about the case changed after the cut-off, so its papers were frozen just before the change.</summary>
    ChangeAfterCutOff,

    /// <summary>The panel began its work on the case (attendance, views or decision).</summary>
    PanelBegan,
}

/// <summary>
/// Everything the panel sees for one case, frozen at the evidence cut-off as a versioned JSON document with its
/// SHA-256, so that what the panel saw can be shown later exactly as it was and checked for alteration.
/// </summary>
public sealed class CasePack : AggregateRoot
{
    private CasePack()
    {
        Content = string.Empty;
        Sha256 = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid PanelMeetingId { get; private set; }
    public PlacementRequestId PlacementRequestId { get; private set; }
    public int SchemaVersion { get; private set; }
    public string Content { get; private set; }
    public string Sha256 { get; private set; }
    public DateTimeOffset FrozenAt { get; private set; }
    public UserId FrozenBy { get; private set; }
    public FreezeTrigger Trigger { get; private set; }

    public static CasePack Freeze(PanelMeeting meeting, PlacementRequestId caseId, int schemaVersion, string content, FreezeTrigger trigger, UserId by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.AgendaItemFor(caseId) is null)
        {
            throw new DomainRuleException("case-not-on-agenda", "Only a case on the meeting's agenda has papers to freeze.");
        }

        var panelHasBegun = trigger == FreezeTrigger.PanelBegan && UkCalendar.DateOf(now) >= meeting.MeetingDate;
        if (!meeting.IsPastCutOff(now) && !panelHasBegun)
        {
            throw new DomainRuleException("before-cut-off", $"The papers freeze at the evidence cut-off, {DateText.Instant(meeting.CutOffAt)}.");
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            throw new DomainRuleException("pack-empty", "A case pack cannot be empty.");
        }

        var pack = new CasePack
        {
            Id = Guid.CreateVersion7(),
            PanelMeetingId = meeting.Id,
            PlacementRequestId = caseId,
            SchemaVersion = schemaVersion,
            Content = content,
            Sha256 = HashOf(content),
            FrozenAt = now,
            FrozenBy = by,
            Trigger = trigger,
        };
        pack.Raise(new CasePackFrozen(meeting.Id, caseId, pack.Id, pack.Sha256, trigger, by, now));
        return pack;
    }

    /// <summary>True when the stored document still has the hash it was frozen with.</summary>
    public bool IsIntact => string.Equals(HashOf(Content), Sha256, StringComparison.Ordinal);

    public static string HashOf(string content) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content ?? string.Empty)));
}
