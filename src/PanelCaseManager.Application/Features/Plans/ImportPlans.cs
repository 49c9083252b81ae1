using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>
/// An administrator loads the area's existing EHC plans from the council's previous system (UTF-8 CSV,
/// <see cref="PlansCsv.Columns"/>). All or nothing: a file with any bad row imports nothing, and the report names
/// every bad row and column. A child the service already knows (the same UPN, or the same name and date of birth)
/// keeps their record; a child already in the register is refused, as is the same child twice in the file
/// (docs/adr/0206).
/// </summary>
public static class ImportPlans
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(byte[] Content) : ICommand<Result>;

    /// <param name="ChildrenKnown">Rows whose child the service already held (from a placement request), linked rather than added again.</param>
    public sealed record Result(int Rows, int PlansAdded, int ChildrenAdded, int ChildrenKnown);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IOptions<PlanRegisterOptions> options)
        {
            ArgumentNullException.ThrowIfNull(options);
            RuleFor(c => c.Content).IsCsvFile(options.Value.MaximumImportBytes, "the plans");
        }
    }

    public sealed class Handler(
        PanelDbContext db,
        IOptions<PlanRegisterOptions> options,
        IOptions<PlacementRequestOptions> requestOptions,
        ICurrentUser user,
        TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var limits = options.Value;
            var today = UkCalendar.Today(clock);
            var report = new CsvImportProblems(limits.MaximumReportedErrors);
            var rows = CsvImport.Read(command.Content, PlansCsv.Columns, limits.MaximumImportRows, "plans", (number, cell) => new PlansCsv.Row(number, cell), report);
            report.ThrowIfAny();

            var settings = await db.Settings.AsNoTracking().Select(s => new { s.Urn, s.Id, s.Name }).ToListAsync(cancellationToken);
            var settingByUrn = settings.ToDictionary(s => s.Urn.Value, s => (s.Id, s.Name), StringComparer.Ordinal);
            var officers = (await db.Users.AsNoTracking()
                    .Where(u => u.IsActive && (u.Role == Role.SendOfficer || u.Role == Role.TeamManager))
                    .Select(u => new { u.Id, u.Email })
                    .ToListAsync(cancellationToken))
                .Where(u => !string.IsNullOrWhiteSpace(u.Email))
                .GroupBy(u => u.Email.Trim(), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Select(u => u.Id).ToList(), StringComparer.OrdinalIgnoreCase);
            var known = await KnownChildrenAsync(cancellationToken);
            var planned = (await db.Plans.AsNoTracking().Select(p => p.ChildId).ToListAsync(cancellationToken)).ToHashSet();

            var matches = CheckRows(rows, today, requestOptions.Value.MaximumAge, settingByUrn.ToDictionary(s => s.Key, s => s.Value.Id, StringComparer.Ordinal), officers, known, planned, report);
            report.ThrowIfAny();

            var by = user.Id;
            var at = clock.GetUtcNow();
            int childrenAdded = 0, childrenKnown = 0;
            foreach (var row in rows)
            {
                var (settingId, settingName) = settingByUrn[Urn.Parse(row.SettingUrn!).Value];
                ChildId childId;
                if (matches.TryGetValue(row.Number, out var knownChild))
                {
                    childId = knownChild;
                    childrenKnown++;
                }
                else
                {
                    var child = Child.Register(row.GivenName!, row.FamilyName!, row.DateOfBirth!.Value, row.UniquePupilNumber, home: null, settingName, today, requestOptions.Value.MaximumAge);
                    db.Children.Add(child);
                    childId = child.Id;
                    childrenAdded++;
                }

                db.Plans.Add(EhcPlan.Import(childId, row.DateOfBirth!.Value, settingId, row.PlanDate!.Value, row.LastReviewDate, officers[row.OfficerEmail!].Single(), today, by, at));
            }

            return new Result(rows.Count, rows.Count, childrenAdded, childrenKnown);
        }

        private sealed record KnownChild(ChildId Id, string GivenName, string FamilyName, DateOnly DateOfBirth, UniquePupilNumber? Upn);

        private async Task<List<KnownChild>> KnownChildrenAsync(CancellationToken cancellationToken) =>
            await db.Children.AsNoTracking()
                .Select(c => new KnownChild(c.Id, c.GivenName, c.FamilyName, c.DateOfBirth, c.Upn))
                .ToListAsync(cancellationToken);

        /// <summary>Checks every row against the others, the catalogue, the officers and the children known; returns the rows whose child is known.</summary>
        private static Dictionary<int, ChildId> CheckRows(
            List<PlansCsv.Row> rows,
            DateOnly today,
            int maximumAge,
            Dictionary<string, SettingId> settings,
            Dictionary<string, List<UserId>> officers,
            List<KnownChild> known,
            HashSet<ChildId> planned,
            CsvImportProblems report)
        {
            var byUpn = known.Where(c => c.Upn is not null).GroupBy(c => c.Upn!.Value).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var byName = known.GroupBy(c => Key(c.GivenName, c.FamilyName, c.DateOfBirth)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var firstRowOfUpn = new Dictionary<string, int>(StringComparer.Ordinal);
            var firstRowOfName = new Dictionary<string, int>(StringComparer.Ordinal);
            var matches = new Dictionary<int, ChildId>();
            foreach (var row in rows)
            {
                void Problem(string column, string message) => report.Add(PlansCsv.RowKey(row.Number, column), $"Row {row.Number}, {column}: {message}");

                foreach (var (column, problem) in row.Problems)
                {
                    Problem(column, problem);
                }

                if (row.DateOfBirth is { } dob)
                {
                    if (dob > today)
                    {
                        Problem(PlansCsv.DateOfBirth, $"The date of birth {DateText.Plain(dob)} is in the future.");
                    }
                    else if (SchoolYear.AgeOn(dob, today) > maximumAge)
                    {
                        Problem(PlansCsv.DateOfBirth, $"The child would be {SchoolYear.AgeOn(dob, today)}: EHC plans cover children and young people up to {maximumAge}.");
                    }
                    else if (row.YearGroup is { } year && SchoolYear.For(dob, today) is var expected && expected.Number != year.Number)
                    {
                        Problem(PlansCsv.YearGroup, $"{Name(year)} does not match the date of birth {DateText.Plain(dob)}: a child born then is in {Name(expected)} this school year.");
                    }

                    if (row.PlanDate is { } planDate)
                    {
                        foreach (var (_, field, message) in EhcPlan.DateProblems(dob, planDate, row.LastReviewDate, today))
                        {
                            Problem(field == "planDate" ? PlansCsv.PlanDate : PlansCsv.LastReviewDate, message);
                        }
                    }
                }

                if (row.SettingUrn is { } urnText)
                {
                    if (!Urn.TryParse(urnText, out var urn))
                    {
                        Problem(PlansCsv.SettingUrn, $"'{urnText}' is not a URN (6 or 7 digits).");
                    }
                    else if (!settings.ContainsKey(urn!.Value))
                    {
                        Problem(PlansCsv.SettingUrn, $"There is no setting with URN {urn} in the catalogue. Add it to the settings catalogue first, or correct the URN.");
                    }
                }

                if (row.OfficerEmail is { } email)
                {
                    if (!officers.TryGetValue(email, out var ids))
                    {
                        Problem(PlansCsv.OfficerEmail, $"There is no active SEND officer or team manager with the email address {email}.");
                    }
                    else if (ids.Count > 1)
                    {
                        Problem(PlansCsv.OfficerEmail, $"More than one officer has the email address {email}; correct their accounts first.");
                    }
                }

                KnownChild? match = null;
                if (row.UniquePupilNumber is { } upn)
                {
                    if (firstRowOfUpn.TryGetValue(upn.Value, out var first))
                    {
                        Problem(PlansCsv.Upn, $"The UPN is also on row {first}: each child appears once.");
                    }
                    else
                    {
                        firstRowOfUpn[upn.Value] = row.Number;
                    }

                    match = byUpn.GetValueOrDefault(upn.Value)?.FirstOrDefault(c => c.DateOfBirth == row.DateOfBirth);
                    if (byUpn.ContainsKey(upn.Value) && match is null)
                    {
                        Problem(PlansCsv.Upn, "The service already holds a child with this UPN and another date of birth; check the UPN.");
                    }
                }

                if (row.NameKey is { } nameKey)
                {
                    if (firstRowOfName.TryGetValue(nameKey, out var first))
                    {
                        Problem("row", $"The same child (name and date of birth) is also on row {first}: each child appears once.");
                    }
                    else
                    {
                        firstRowOfName[nameKey] = row.Number;
                    }

                    if (match is null && row.UniquePupilNumber is null && byName.TryGetValue(nameKey, out var named))
                    {
                        if (named.Count > 1)
                        {
                            Problem("row", "The service holds more than one child with this name and date of birth; give the child's UPN so the right one is found.");
                        }
                        else
                        {
                            match = named[0];
                        }
                    }
                }

                if (match is not null)
                {
                    if (planned.Contains(match.Id))
                    {
                        Problem("row", "This child's plan is already in the register; take the row out of the file.");
                    }
                    else
                    {
                        matches[row.Number] = match.Id;
                    }
                }
            }

            return matches;
        }

        private static string Key(string givenName, string familyName, DateOnly dateOfBirth) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{givenName.ToUpperInvariant()}|{familyName.ToUpperInvariant()}|{dateOfBirth:yyyy-MM-dd}");

        private static string Name(SchoolYear year) => year.Number == SchoolYear.Reception - 1 ? "Nursery (the year before Reception)" : year.Name;
    }
}
