using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// Keeps what a member typed into the decision form, before it is checked: the form shows it again however they
/// come back to it. Recording the decision is a separate step (<see cref="RecordDecision"/>), which checks the law.
/// </summary>
public static class SaveDecisionFormDraft
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [RequiresPolicy(Policies.RecordPanelViews)]
    public sealed record Command(Guid PanelId, Guid PlacementRequestId, RecordDecision.Command? Answers) : ICommand<Result>, ICaseScoped, IPanelScoped, IThroughPanel;

    public sealed record Result(Guid PanelId, Guid PlacementRequestId, DateTimeOffset SavedAt);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.Answers).NotNull().WithMessage("Give the answers to keep.");
            RuleFor(c => c.Answers)
                .Must(a => Serialise(a!).Length <= DecisionFormDraft.AnswersMaxLength)
                .WithMessage("The answers are too long to keep.")
                .When(c => c.Answers is not null);
        }
    }

    /// <summary>The answers as stored: for this meeting and case, whatever ids the form carried.</summary>
    internal static string Serialise(RecordDecision.Command answers) => JsonSerializer.Serialize(answers, Json);

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var onAgenda = await db.PanelMeetings.AnyAsync(m => m.Id == command.PanelId && m.Agenda.Any(a => a.PlacementRequestId == caseId), cancellationToken);
            if (!onAgenda)
            {
                throw new NotFoundException("Case on this meeting's agenda", command.PlacementRequestId);
            }

            var answers = Serialise(command.Answers! with { PanelId = command.PanelId, PlacementRequestId = command.PlacementRequestId });
            var me = currentUser.Id;
            var now = clock.GetUtcNow();
            var draft = await db.DecisionFormDrafts
                .SingleOrDefaultAsync(d => d.PanelMeetingId == command.PanelId && d.PlacementRequestId == caseId && d.OwnerId == me, cancellationToken);
            if (draft is null)
            {
                db.DecisionFormDrafts.Add(DecisionFormDraft.Start(command.PanelId, caseId, me, answers, now));
            }
            else
            {
                draft.Save(answers, now);
            }

            return new Result(command.PanelId, command.PlacementRequestId, now);
        }
    }
}
