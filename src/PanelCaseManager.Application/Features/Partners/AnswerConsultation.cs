using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>
/// A setting answers a consultation (CFA 2014 s.39(2)–(4)) for itself: it can meet the child's needs; it could with
/// adjustments or resources, each with what it is and its cost; or it cannot, on the grounds of s.39(4) it chooses,
/// with its reasons. The answer is the consultation's response as the setting gave it — on the officer's Consultations
/// tab and the statutory clock at once. After the LA has recorded the outcome the consultation is closed; the first
/// answer stands.
/// </summary>
public static class AnswerConsultation
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Command(
        Guid PartnerRequestId,
        int? ExpectedVersion,
        ConsultationResponse? Response,
        IReadOnlyList<Adjustment>? Adjustments,
        IReadOnlyList<NamingObjection>? Objections,
        string? Reasons) : ICommand<Result>, IPartnerRequestScoped;

    /// <summary>What the setting would need, and its cost in pounds (whole pence).</summary>
    public sealed record Adjustment(string? What, decimal? Cost);

    public sealed record Result(Guid Id, Guid ConsultationId, DateOnly RespondedOn, bool Late, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the request you are answering.");
            RuleFor(c => c.Response).NotNull().WithMessage("Say whether the setting can meet the child's needs.").IsInEnum().WithMessage("Say whether the setting can meet the child's needs.");
            RuleFor(c => c.Adjustments).NotEmpty().WithMessage("Say what adjustments or resources you would need, and what each would cost.")
                .When(c => c.Response == ConsultationResponse.CanMeetNeedsWithConditions);
            RuleFor(c => c.Adjustments!.Count).LessThanOrEqualTo(Consultation.MaximumAdjustments).OverridePropertyName("adjustments")
                .WithMessage($"List up to {Consultation.MaximumAdjustments} adjustments.").When(c => c.Adjustments is not null);
            RuleForEach(c => c.Adjustments).ChildRules(a =>
            {
                a.RuleFor(x => x.What).NotEmpty().WithMessage("Say what the adjustment or resource is.")
                    .MaximumLength(Consultation.AdjustmentMaxLength).WithMessage($"Describe it in {Consultation.AdjustmentMaxLength} characters or fewer.");
                a.RuleFor(x => x.Cost).NotNull().WithMessage("Enter its cost in pounds, or 0 if none.")
                    .GreaterThanOrEqualTo(0).WithMessage("A cost is £0 or more.")
                    .LessThanOrEqualTo(10_000_000).WithMessage("A cost is at most £10,000,000.")
                    .Must(v => v is null || Money.IsWholePence(v.Value)).WithMessage("Enter the cost in pounds and pence, like 12500 or 12500.50.");
            }).When(c => c.Response == ConsultationResponse.CanMeetNeedsWithConditions);
            RuleFor(c => c.Objections).NotEmpty().WithMessage("Choose the grounds in section 39(4) that apply.")
                .When(c => c.Response == ConsultationResponse.CannotMeetNeeds);
            RuleForEach(c => c.Objections).IsInEnum().WithMessage($"Choose from {string.Join(", ", Enum.GetNames<NamingObjection>().Where(n => n != nameof(NamingObjection.None)))}.")
                .Must(o => o != NamingObjection.None).WithMessage("Choose the grounds in section 39(4) that apply.");
            RuleFor(c => c.Reasons).NotEmpty().WithMessage("Explain why, for each ground you chose.")
                .When(c => c.Response == ConsultationResponse.CannotMeetNeeds);
            RuleFor(c => c.Reasons).MaximumLength(Consultation.TextMaxLength).WithMessage($"Your reasons must be {Consultation.TextMaxLength} characters or fewer.");
        }
    }

    public sealed class Handler(PanelDbContext db, PartnerResponses responses, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var request = await responses.OpenAsync(command.PartnerRequestId, command.ExpectedVersion!.Value, cancellationToken);
            if (request.Kind != PartnerRequestKind.Consultation)
            {
                throw new DomainRuleException("not-a-consultation", "This is a request for advice: send your advice, not a consultation response.");
            }

            var now = clock.GetUtcNow();
            var today = UkCalendar.DateOf(now);
            var consultation = await db.Consultations.SingleAsync(c => c.Id == request.ConsultationId, cancellationToken);
            request.MarkAnswered(currentUser.Id, now);
            var response = command.Response!.Value;
            var adjustments = response == ConsultationResponse.CanMeetNeedsWithConditions
                ? (command.Adjustments ?? []).Select(a => new ConsultationAdjustment(a.What!, Money.FromPounds(a.Cost!.Value).Pence)).ToList()
                : [];
            var objections = response == ConsultationResponse.CannotMeetNeeds
                ? (command.Objections ?? []).Aggregate(NamingObjection.None, (all, o) => all | o)
                : NamingObjection.None;
            consultation.RecordSettingAnswer(today, response, adjustments, objections, command.Reasons, currentUser.Id, now);
            await responses.TellOfficerAsync(request, PartnerNotifications.Answered, "A setting answered a consultation", "answered the consultation", cancellationToken);
            return new Result(request.Id, consultation.Id, today, today > consultation.DueOn, request.Version + 1);
        }
    }
}
