using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>
/// An officer records that something on a case's statutory path happened outside the system (the decision to
/// assess notified, a draft plan served, the final plan issued, a review meeting held…), starting or meeting its
/// deadlines. Features that do these things in the system record them through <see cref="CaseClock.Record"/> with
/// their own source.
/// </summary>
public static class RecordClockEvent
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, ClockEventKind? Event, DateOnly? Date, Agency? Agency) : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid PlacementRequestId, int Sequence, int Version, bool ExceptionApplies);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of a placement request.");
            RuleFor(c => c.Event).NotNull().WithMessage($"Say what happened: one of {string.Join(", ", Enum.GetNames<ClockEventKind>())}.")
                .IsInEnum().WithMessage($"Unknown event. Use one of {string.Join(", ", Enum.GetNames<ClockEventKind>())}.");
            RuleFor(c => c.Date).NotNull().WithMessage("Enter the date it happened.");
            RuleFor(c => c.Date)
                .Must(d => d <= Domain.Common.UkCalendar.Today(clock)).WithMessage("The date cannot be in the future.")
                .When(c => c.Date is not null && c.Event is { } kind && !kind.MayBeInFuture());
            RuleFor(c => c.Agency).NotNull().WithMessage("Say which agency's advice this is.").When(c => c.Event is { } kind && kind.NamesAgency());
            RuleFor(c => c.Agency).Null().WithMessage("Only advice is about one agency.").When(c => c.Event is { } kind && !kind.NamesAgency());
            RuleFor(c => c.Event).NotEqual(ClockEventKind.AppealableNoticeSent)
                .WithMessage("A notice with the right of appeal is recorded by sending it: use the case's Letters tab (or POST .../notices), so that the family gets it with the last day to appeal.");
            RuleFor(c => c.Event).Must(e => e is not { } kind || !kind.IsRecordedByMediation())
                .WithMessage("Mediation is recorded on the case's Mediation and appeals tab (or POST .../mediations), against the notice it is about.");
        }
    }

    public sealed class Handler(PanelDbContext db, ClockSettingsFactory settings, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseClock = await db.CaseClocks.WithMilestones()
                                .SingleOrDefaultAsync(c => c.PlacementRequestId == new PlacementRequestId(command.PlacementRequestId), cancellationToken)
                            ?? throw new NotFoundException("Placement request", command.PlacementRequestId);

            // A record of an event the service already made from one of its features would silently replace that
            // feature's date (the latest record counts): the correction belongs where the event happened.
            var kind = command.Event!.Value;
            if (caseClock.Events.LastOrDefault(e => e.Kind == kind && e.Agency == command.Agency && e.Source != ClockEvent.RecordedByOfficer) is { } automatic)
            {
                throw new DomainRuleException(
                    "event-recorded-by-the-service",
                    $"The service already recorded '{kind.Describe()}'{(automatic.Agency is { } agency ? $" for {agency.Describe()}" : string.Empty)} on {automatic.Date:yyyy-MM-dd} from {PlaceOf(automatic.Source)}. Correct it there, so that the case and its deadlines agree.");
            }

            var recorded = caseClock.Record(command.Event!.Value, command.Date!.Value, command.Agency, ClockEvent.RecordedByOfficer, currentUser.Id,
                clock.GetUtcNow(), await settings.CreateAsync(cancellationToken));

            // The unit of work moves the version on when it commits this change.
            return new Result(command.PlacementRequestId, recorded.Sequence, caseClock.Version + 1, caseClock.ExceptionApplies);
        }

        private static string PlaceOf(string source) => source switch
        {
            ClockEventsFromFeatures.FromEvidence => "the case's evidence and advice",
            ClockEventsFromFeatures.FromConsultations => "the case's consultations",
            ClockEventsFromFeatures.FromDecisionLetters => "the case's decision letters",
            ClockEventsFromFeatures.FromNotices => "the notices sent on the case's Letters tab",
            Appeals.MediationOnTheClock.Source => "the case's Mediation and appeals tab",
            _ => $"'{source}'",
        };
    }
}
