using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Evidence;

/// <summary>An officer records that advice was requested from an agency; it falls due after the configured weeks (6 by default).</summary>
public static class RequestAdvice
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PlacementRequestId, Agency? Agency, string? AgencyName, string? AddressedTo, DateOnly? RequestedOn)
        : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, Guid PlacementRequestId, DateOnly DueOn, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            var today = UkCalendar.Today(clock);
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            var agencyMessage = $"Choose the agency: {string.Join(", ", Enum.GetNames<Agency>())}.";
            RuleFor(c => c.Agency).NotNull().WithMessage("Choose the agency.").IsInEnum().WithMessage(agencyMessage);
            RuleFor(c => c.AgencyName)
                .NotEmpty().WithMessage("Name the agency.").When(c => c.Agency == Agency.Other);
            RuleFor(c => c.AgencyName).MaximumLength(AdviceRequest.NameMaxLength).WithMessage($"The agency's name must be {AdviceRequest.NameMaxLength} characters or fewer.");
            RuleFor(c => c.AddressedTo)
                .NotEmpty().WithMessage("Say who the advice was requested from, for example 'Community paediatrics, Lister Hospital'.")
                .MaximumLength(AdviceRequest.NameMaxLength).WithMessage($"This must be {AdviceRequest.NameMaxLength} characters or fewer.");
            RuleFor(c => c.RequestedOn)
                .NotNull().WithMessage("Enter the date the advice was requested.")
                .LessThanOrEqualTo(today).WithMessage("The date advice was requested cannot be in the future.");
        }
    }

    public sealed class Handler(PanelDbContext db, CasePacks packs, IOptions<EvidenceOptions> options, ICurrentUser currentUser, TimeProvider clock)
        : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var placementRequest = await db.PlacementRequests.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == caseId, cancellationToken)
                                   ?? throw new NotFoundException("Placement request", command.PlacementRequestId);
            await packs.FreezeBeforeChangeAsync(caseId, cancellationToken);
            var request = AdviceRequest.Request(
                placementRequest,
                command.Agency!.Value,
                command.AgencyName,
                command.AddressedTo!,
                command.RequestedOn!.Value,
                options.Value.AdviceResponseWeeks,
                currentUser.Id,
                clock.GetUtcNow());
            db.AdviceRequests.Add(request);
            return new Result(request.Id, command.PlacementRequestId, request.DueOn, request.Version);
        }
    }
}
