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

/// <summary>A partner asks the officer a question about a request; the officer is told.</summary>
public static class AskPartnerQuestion
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Command(Guid PartnerRequestId, int? ExpectedVersion, string? Question) : ICommand<Result>, IPartnerRequestScoped;

    public sealed record Result(Guid Id, Guid QuestionId, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the request you are asking about.");
            RuleFor(c => c.Question).NotEmpty().WithMessage("Enter your question.")
                .MaximumLength(PartnerRequest.TextMaxLength).WithMessage($"The question must be {PartnerRequest.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(PartnerResponses responses, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var request = await responses.OpenAsync(command.PartnerRequestId, command.ExpectedVersion!.Value, cancellationToken);
            var question = request.Ask(command.Question!, currentUser.Id, clock.GetUtcNow());
            await responses.TellOfficerAsync(request, PartnerNotifications.Question, "A partner asked a question", "asked a question about the request", cancellationToken);
            return new Result(request.Id, question.Id, request.Version + 1);
        }
    }
}
