using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>
/// Where a case stands on its way from request to issued letter, as the officer's task list: evidence, advice,
/// views, panel, decision and letter, each with its status and a line saying why.
/// </summary>
public static class GetCaseProgress
{
    public enum StepStatus
    {
        CannotStartYet,
        NotStarted,
        InProgress,
        Completed,
    }

    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<Progress>, ICaseScoped;

    /// <summary>One step: <paramref name="Key"/> names the case tab it is done in.</summary>
    public sealed record ProgressStep(string Key, string Name, StepStatus Status, string Detail);

    public sealed record Progress(Guid PlacementRequestId, IReadOnlyList<ProgressStep> Steps)
    {
        public int Completed => Steps.Count(s => s.Status == StepStatus.Completed);
    }

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, Progress>
    {
        public async ValueTask<Progress> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            var stage = await db.PlacementRequests.AsNoTracking().Where(p => p.Id == caseId).Select(p => (Stage?)p.Stage).SingleOrDefaultAsync(cancellationToken)
                        ?? throw new NotFoundException("Placement request", query.PlacementRequestId);
            var documents = await db.EvidenceItems.AsNoTracking().CountAsync(e => e.PlacementRequestId == caseId, cancellationToken);
            // The same counts the family's pages say what they say about advice from (FamilyStageText): one source.
            var advice = (await AdviceSoFar.ForAsync(db, [caseId], cancellationToken)).GetValueOrDefault(caseId);
            var views = await db.CaseViews.AsNoTracking().CountAsync(v => v.PlacementRequestId == caseId, cancellationToken);
            var meetingDates = await db.PanelMeetings.AsNoTracking().Where(m => m.Agenda.Any(a => a.PlacementRequestId == caseId))
                .OrderByDescending(m => m.MeetingDate).Select(m => m.MeetingDate).ToListAsync(cancellationToken);
            var decisions = await db.PanelDecisions.AsNoTracking().Where(d => d.PlacementRequestId == caseId)
                .Select(d => new { d.Id, d.Status, d.Outcome }).ToListAsync(cancellationToken);
            var signedOff = decisions.Where(d => d.Status == DecisionStatus.SignedOff).Select(d => d.Id).ToList();
            var lettered = await db.IssuedLetters.AsNoTracking().Where(l => l.PlacementRequestId == caseId && l.DecisionId != null)
                .Select(l => l.DecisionId!.Value).Distinct().ToListAsync(cancellationToken);
            var closed = stage is Stage.Withdrawn or Stage.Closed;
            var pastEvidence = stage is Stage.ReadyForPanel or Stage.Decided or Stage.LetterIssued;

            return new Progress(query.PlacementRequestId,
            [
                EvidenceStep(documents, pastEvidence, closed),
                AdviceStep(advice, closed),
                new ProgressStep("views", "Record the family's views and the child's voice", views > 0 ? StepStatus.Completed : closed ? StepStatus.CannotStartYet : StepStatus.NotStarted,
                    views switch { 0 => "Nothing recorded yet", 1 => "1 record", _ => $"{views} records" }),
                new ProgressStep("panel", "Put the case before the panel", meetingDates.Count == 0
                        ? stage == Stage.ReadyForPanel ? StepStatus.NotStarted : StepStatus.CannotStartYet
                        : signedOff.Count > 0 ? StepStatus.Completed : StepStatus.InProgress,
                    meetingDates.Count == 0
                        ? stage == Stage.ReadyForPanel ? "Ready for a panel" : "Once the case is ready for panel"
                        : $"On the agenda of the panel on {DateText.Plain(meetingDates[0])}"),
                new ProgressStep("decision", "The panel's decision", signedOff.Count > 0 ? StepStatus.Completed : decisions.Count > 0 ? StepStatus.InProgress : StepStatus.CannotStartYet,
                    signedOff.Count > 0 ? "Signed off by the chair" : decisions.Count > 0 ? "Drafted, waiting for the chair's sign-off" : "Made at the panel meeting"),
                new ProgressStep("letters", "Issue the decision letter", signedOff.Count == 0
                        ? StepStatus.CannotStartYet
                        : signedOff.All(lettered.Contains) ? StepStatus.Completed : StepStatus.NotStarted,
                    signedOff.Count == 0 ? "Once a decision is signed off" : signedOff.All(lettered.Contains) ? "Issued to the family" : "Ready to issue"),
            ]);
        }

        /// <summary>
        /// Done only when there are documents and the case has gone on to the panel: a case that went on with none is
        /// not shown as "Completed – No documents yet" (issue 19), but as not started, saying the panel has none.
        /// </summary>
        private static ProgressStep EvidenceStep(int documents, bool pastEvidence, bool closed)
        {
            var count = documents switch { 0 => "No documents yet", 1 => "1 document", _ => $"{documents} documents" };
            return documents switch
            {
                0 when pastEvidence => new ProgressStep("evidence", "Gather the evidence", StepStatus.NotStarted, "No documents: the panel has no evidence to read"),
                0 => new ProgressStep("evidence", "Gather the evidence", closed ? StepStatus.CannotStartYet : StepStatus.NotStarted, count),
                _ when pastEvidence => new ProgressStep("evidence", "Gather the evidence", StepStatus.Completed, count + ", gathered for the panel"),
                _ => new ProgressStep("evidence", "Gather the evidence", StepStatus.InProgress, count),
            };
        }

        private static ProgressStep AdviceStep(AdviceSoFar advice, bool closed)
        {
            if (advice.Asked == 0)
            {
                return new ProgressStep("advice", "Ask each agency for advice", closed ? StepStatus.CannotStartYet : StepStatus.NotStarted, "None asked for yet");
            }

            return advice.AllIn
                ? new ProgressStep("advice", "Ask each agency for advice", StepStatus.Completed, advice.Asked == 1 ? "The advice asked for has arrived" : $"All {advice.Asked} pieces of advice have arrived")
                : new ProgressStep("advice", "Ask each agency for advice", StepStatus.InProgress, $"{advice.Awaited} of {advice.Asked} still to arrive");
        }
    }
}
