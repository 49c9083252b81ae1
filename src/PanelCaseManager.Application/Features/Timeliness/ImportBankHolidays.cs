using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// An administrator imports bank holidays, in the shape of the england-and-wales part of the government's
/// published file ({"events": [{"title", "date"}]}). Every year the file covers is replaced; any bad date,
/// missing title or repeated date and nothing is imported. The deadlines of cases in flight that depend on working
/// days are recomputed in the same transaction.
/// </summary>
public static class ImportBankHolidays
{
    public const int MaximumEvents = 500;
    private const string DateFormat = "yyyy-MM-dd";

    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(string? Division, IReadOnlyList<HolidayInput>? Events) : ICommand<Result>;

    public sealed record HolidayInput(string? Title, string? Date);

    public sealed record Result(int Imported, IReadOnlyList<int> YearsReplaced, int CasesRecomputed);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Division)
                .Must(d => d is null || string.Equals(d, "england-and-wales", StringComparison.OrdinalIgnoreCase))
                .WithMessage("Import the england-and-wales division; the service counts working days in England.");
            RuleFor(c => c.Events).NotEmpty().WithMessage("The file has no events: give the bank holidays to import.");
            RuleFor(c => c.Events).Must(e => e!.Count <= MaximumEvents).WithMessage($"Import up to {MaximumEvents} bank holidays at a time.").When(c => c.Events is not null);
            RuleForEach(c => c.Events).NotNull().WithMessage("This entry is empty: give the bank holiday's name and date, or leave it out.");
            RuleForEach(c => c.Events).ChildRules(e =>
            {
                e.RuleFor(h => h.Date)
                    .NotEmpty().WithMessage("Give the date, like 2029-01-01.")
                    .Must(d => TryParse(d, out var date) && date.Year is >= 2000 and <= 2100).WithMessage(h => $"'{h.Date}' is not a date like 2029-01-01.")
                    .When(h => !string.IsNullOrEmpty(h.Date), ApplyConditionTo.CurrentValidator);
                e.RuleFor(h => h.Title)
                    .NotEmpty().WithMessage("Give the bank holiday's name.")
                    .MaximumLength(BankHoliday.TitleMaxLength).WithMessage($"The name must be {BankHoliday.TitleMaxLength} characters or fewer.");
            });
            RuleFor(c => c).Custom((c, context) =>
            {
                var seen = new Dictionary<DateOnly, int>();
                for (var i = 0; i < (c.Events?.Count ?? 0); i++)
                {
                    if (c.Events![i] is not { } entry || !TryParse(entry.Date, out var date))
                    {
                        continue;
                    }

                    if (seen.TryGetValue(date, out var first))
                    {
                        context.AddFailure($"events[{i}].date", $"{c.Events[i].Date} is already events[{first}]: each date appears once.");
                    }
                    else
                    {
                        seen[date] = i;
                    }
                }
            });
        }
    }

    public sealed class Handler(PanelDbContext db, ClockSettingsFactory settings) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var imported = command.Events!.Select(e => BankHoliday.Create(Parse(e.Date!), e.Title!)).ToList();
            var years = imported.Select(h => h.Date.Year).Distinct().Order().ToList();

            await db.BankHolidays.Where(h => years.Contains(h.Date.Year)).ExecuteDeleteAsync(cancellationToken);
            db.BankHolidays.AddRange(imported);
            var kept = await db.BankHolidays.AsNoTracking().Where(h => !years.Contains(h.Date.Year)).Select(h => h.Date).ToListAsync(cancellationToken);
            var clockSettings = settings.For(kept.Concat(imported.Select(h => h.Date)));

            // Deadlines counted in working days move with the holidays; those of ended cases stay as they were.
            var affected = await db.CaseClocks.WithMilestones()
                .Where(c => (c.StoppedOn == null || c.Milestones.Any(m => m.IsOpen)) && c.Milestones.Any(m => m.DependsOnWorkingDays && m.DueDate != null))
                .ToListAsync(cancellationToken);
            foreach (var clock in affected)
            {
                clock.Recompute(clockSettings);
            }

            return new Result(imported.Count, years, affected.Count);
        }
    }

    private static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static DateOnly Parse(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}
