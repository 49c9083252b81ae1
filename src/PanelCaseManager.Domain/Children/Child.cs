using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Domain.Children;

/// <summary>A child or young person (0–25) with an EHC plan or being assessed for one.</summary>
public sealed class Child : AggregateRoot
{
    private Child()
    {
        GivenName = string.Empty;
        FamilyName = string.Empty;
    }

    public ChildId Id { get; private set; }
    public string GivenName { get; private set; }
    public string FamilyName { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public UniquePupilNumber? Upn { get; private set; }
    public HomeLocation? Home { get; private set; }
    public string? CurrentSetting { get; private set; }

    public string FullName => $"{GivenName} {FamilyName}";

    public static Child Register(
        string givenName,
        string familyName,
        DateOnly dateOfBirth,
        UniquePupilNumber? upn,
        HomeLocation? home,
        string? currentSetting,
        DateOnly today,
        int maximumAge)
    {
        if (string.IsNullOrWhiteSpace(givenName) || string.IsNullOrWhiteSpace(familyName))
        {
            throw new DomainRuleException("child-name-required", "A child's given name and family name are both needed.");
        }

        if (dateOfBirth > today)
        {
            throw new DomainRuleException("date-of-birth-in-future", "The date of birth cannot be in the future.");
        }

        if (SchoolYear.AgeOn(dateOfBirth, today) > maximumAge)
        {
            throw new DomainRuleException("over-maximum-age", $"EHC plans cover children and young people up to {maximumAge}.");
        }

        return new Child
        {
            Id = ChildId.New(),
            GivenName = givenName.Trim(),
            FamilyName = familyName.Trim(),
            DateOfBirth = dateOfBirth,
            Upn = upn,
            Home = home,
            CurrentSetting = string.IsNullOrWhiteSpace(currentSetting) ? null : currentSetting.Trim(),
        };
    }

    public SchoolYear YearGroupOn(DateOnly date) => SchoolYear.For(DateOfBirth, date);

    public int AgeOn(DateOnly date) => SchoolYear.AgeOn(DateOfBirth, date);
}
