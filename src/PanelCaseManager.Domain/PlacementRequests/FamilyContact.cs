using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Domain.PlacementRequests;

/// <summary>Who the family's letters are written to: a parent or carer, or the young person themselves.</summary>
public enum ContactRole
{
    ParentOrCarer,
    YoungPerson,
}

/// <summary>The family's contact as an officer records it: whom to write to and where.</summary>
public sealed record FamilyContactDetails(string Name, ContactRole Role, string? Salutation, IReadOnlyList<string> AddressLines, Postcode Postcode, string? Email);

/// <summary>
/// The person a case's letters are addressed to, with the address they are posted to and an email address. One per
/// case; an officer changes it by recording it again against its version. The name, up to
/// <see cref="MaximumAddressLines"/> lines and the postcode fill the seven lines of an envelope window.
/// </summary>
public sealed class FamilyContact : AggregateRoot
{
    public const int NameMaxLength = 100;
    public const int SalutationMaxLength = 120;
    public const int AddressLineMaxLength = 80;
    public const int MaximumAddressLines = 5;
    public const int EmailMaxLength = 254;

    private FamilyContact()
    {
        Name = string.Empty;
        AddressLines = [];
        Postcode = null!;
    }

    public PlacementRequestId PlacementRequestId { get; private set; }
    public string Name { get; private set; }
    public ContactRole Role { get; private set; }
    public string? Salutation { get; private set; }
    public IReadOnlyList<string> AddressLines { get; private set; }
    public Postcode Postcode { get; private set; }
    public string? Email { get; private set; }
    public UserId RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>How a letter greets them: as recorded, or "Dear" and their name.</summary>
    public string Greeting => Salutation ?? $"Dear {Name}";

    /// <summary>The lines of the address as it is printed in the envelope window: name, address, postcode.</summary>
    public IReadOnlyList<string> PostalAddress => [Name, .. AddressLines, Postcode.Value];

    /// <param name="schoolLeaving">When the child becomes a young person, written to in their own right (CFA 2014 s.83(2)).</param>
    public static FamilyContact Record(PlacementRequestId caseId, FamilyContactDetails details, Child child, SchoolLeavingRule schoolLeaving, UserId by, DateTimeOffset at)
    {
        var contact = new FamilyContact { PlacementRequestId = caseId };
        contact.Apply(details, child, schoolLeaving, by, at);
        contact.Raise(new FamilyContactRecorded(caseId, false, by, at));
        return contact;
    }

    public void Change(FamilyContactDetails details, Child child, SchoolLeavingRule schoolLeaving, UserId by, DateTimeOffset at)
    {
        Apply(details, child, schoolLeaving, by, at);
        Raise(new FamilyContactRecorded(PlacementRequestId, true, by, at));
    }

    private void Apply(FamilyContactDetails details, Child child, SchoolLeavingRule schoolLeaving, UserId by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(schoolLeaving);
        if (string.IsNullOrWhiteSpace(details.Name))
        {
            throw new DomainRuleException("contact-name-required", "Give the name of the person the family's letters are written to.");
        }

        var lines = (details.AddressLines ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        if (lines.Count == 0 || lines.Count > MaximumAddressLines)
        {
            throw new DomainRuleException("address-lines", $"Give 1 to {MaximumAddressLines} lines of the address, before the postcode.");
        }

        var youngPersonFrom = schoolLeaving.YoungPersonFrom(child.DateOfBirth);
        if (details.Role == ContactRole.YoungPerson && UkCalendar.DateOf(at) < youngPersonFrom)
        {
            throw new DomainRuleException(
                "young-person-too-young",
                $"Letters go to the young person themselves once they are over compulsory school age, from {youngPersonFrom:d MMMM yyyy} "
                + $"(the day after {schoolLeaving}); until then, record a parent or carer.");
        }

        Name = details.Name.Trim();
        Role = details.Role;
        Salutation = string.IsNullOrWhiteSpace(details.Salutation) ? null : details.Salutation.Trim();
        AddressLines = lines;
        Postcode = details.Postcode ?? throw new ArgumentException("An address needs its postcode.", nameof(details));
        Email = string.IsNullOrWhiteSpace(details.Email) ? null : details.Email.Trim();
        RecordedBy = by;
        RecordedAt = at;
    }
}

/// <summary>The family's contact was recorded for the first time, or changed.</summary>
public sealed record FamilyContactRecorded(PlacementRequestId Id, bool Changed, UserId By, DateTimeOffset At) : IDomainEvent;
