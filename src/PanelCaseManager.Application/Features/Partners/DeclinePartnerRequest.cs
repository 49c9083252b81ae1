using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>A partner declines a request, saying why; the officer is told and can ask someone else.</summary>
public static class DeclinePartnerRequest
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Command(Guid PartnerRequestId, int? ExpectedVersion, string? Reason) : ICommand<Result>, IPartnerRequestScoped;

    public sealed record Result(Guid Id, PartnerRequestStatus Status, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the request you are answering.");
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why you cannot respond, for example that you have not seen the child.")
                .MaximumLength(PartnerRequest.TextMaxLength).WithMessage($"The reason must be {PartnerRequest.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(PartnerResponses responses, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var request = await responses.OpenAsync(command.PartnerRequestId, command.ExpectedVersion!.Value, cancellationToken);
            request.Decline(command.Reason!, currentUser.Id, clock.GetUtcNow());
            await responses.TellOfficerAsync(request, PartnerNotifications.Declined, "A partner declined a request", "declined the request and said why", cancellationToken);
            return new Result(request.Id, request.Status, request.Version + 1);
        }
    }
}
