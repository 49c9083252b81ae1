using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Consultations;

/// <summary>The settings consulted about a case: when, when a reply is due, what they said and what the LA decided.</summary>
public static class ListConsultations
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<IReadOnlyList<Summary>>, ICaseScoped;

    public sealed record Summary(
        Guid Id,
        Guid DecisionId,
        string SettingName,
        string? SettingUrn,
        string? MaintainingAuthority,
        DateOnly SentOn,
        DateOnly DueOn,
        bool Overdue,
        DateOnly? RespondedOn,
        ConsultationResponse? Response,
        string? ResponseSummary,
        ConsultationOutcome? Outcome,
        string? OutcomeReason,
        int Version,
        IReadOnlyList<ConsultationAdjustment> Adjustments,
        NamingObjection Objections,
        bool AnsweredBySetting);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
    }

    public sealed class Handler(PanelDbContext db, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Summary>>
    {
        public async ValueTask<IReadOnlyList<Summary>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            if (!await db.PlacementRequests.AnyAsync(p => p.Id == caseId, cancellationToken))
            {
                throw new NotFoundException("Placement request", query.PlacementRequestId);
            }

            var today = UkCalendar.Today(clock);
            var answeredBySetting = await db.PartnerRequests.AsNoTracking()
                .Where(r => r.PlacementRequestId == caseId && r.ConsultationId != null && r.Status == Domain.Partners.PartnerRequestStatus.Answered)
                .Select(r => r.ConsultationId!.Value).ToListAsync(cancellationToken);
            return (await db.Consultations.AsNoTracking().Where(c => c.PlacementRequestId == caseId).OrderBy(c => c.SentOn).ToListAsync(cancellationToken))
                .Select(c => new Summary(c.Id, c.PanelDecisionId, c.SettingName, c.SettingUrn, c.MaintainingAuthority, c.SentOn, c.DueOn, c.IsOverdueOn(today),
                    c.RespondedOn, c.Response, c.ResponseSummary, c.Outcome, c.OutcomeReason, c.Version, c.Adjustments, c.Objections,
                    answeredBySetting.Contains(c.Id)))
                .ToList();
        }
    }
}
