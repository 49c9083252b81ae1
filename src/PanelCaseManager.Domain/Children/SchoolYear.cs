namespace PanelCaseManager.Domain.Children;

public enum EducationPhase
{
    EarlyYears,
    Primary,
    Secondary,
    Post16,
    Post19,
}

/// <summary>
/// The English national curriculum year a child is in, from their age on the 31 August before the academic
/// year starts: Reception is age 4 then, Year 1 age 5, up to Year 13 at age 17.
/// </summary>
public readonly record struct SchoolYear(int Number)
{
    public const int Reception = 0;

    public static SchoolYear For(DateOnly dateOfBirth, DateOnly on)
    {
        var academicYearStarts = on.Month >= 9 ? on.Year : on.Year - 1;
        var cutOff = new DateOnly(academicYearStarts, 8, 31);
        return new SchoolYear(AgeOn(dateOfBirth, cutOff) - 4);
    }

    /// <summary>Age in whole years. Someone born on 29 February has their birthday on 1 March in other years, as in English law.</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly on)
    {
        var age = on.Year - dateOfBirth.Year;
        var birthdayThisYear = dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(on.Year)
            ? new DateOnly(on.Year, 3, 1)
            : new DateOnly(on.Year, dateOfBirth.Month, dateOfBirth.Day);
        if (on < birthdayThisYear)
        {
            age--;
        }

        return age;
    }

    public EducationPhase Phase => Number switch
    {
        < Reception => EducationPhase.EarlyYears,
        <= 6 => EducationPhase.Primary,
        <= 11 => EducationPhase.Secondary,
        <= 14 => EducationPhase.Post16,
        _ => EducationPhase.Post19,
    };

    public string Name => Number switch
    {
        < Reception => "Early years",
        Reception => "Reception",
        <= 13 => $"Year {Number}",
        <= 14 => "Post-16 (beyond Year 13)",
        _ => "Post-19",
    };

    public override string ToString() => Name;
}
