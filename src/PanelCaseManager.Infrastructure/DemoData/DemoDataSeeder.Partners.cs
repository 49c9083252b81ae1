using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PanelCaseManager.Application.Features.Consultations;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Infrastructure.DemoData;

/// <summary>
/// Partners' work in progress, written through the commands officers and partners use, each at the moment it would
/// have happened, so that every partner persona finds something on first signing in and the officer finds their
/// answers: health advice waiting and health advice sent; social care's request waiting and another declined with a
/// reason; an educational psychologist's request overdue and another with a question asked; and Brookside Special
/// School's answer to a consultation about the panel's named-setting case, could meet the needs with adjustments at a cost.
/// </summary>
public sealed partial class DemoDataSeeder
{
    private const SharedSection ChildAndNeeds = SharedSection.ChildDetails | SharedSection.Needs;

    private async Task SeedPartnersWorkAsync(CancellationToken cancellationToken)
    {
        if (clock is not DemoClock demoClock)
        {
            LogPartnersSkipped(logger, "the clock cannot be set back to write its history");
            return;
        }

        var today = UkCalendar.Today(clock);
        var decided = await db.PanelDecisions.AsNoTracking().Select(d => d.PlacementRequestId).ToListAsync(cancellationToken);
        // The North officer's cases still gathering evidence that no panel has seen, oldest first.
        var candidates = (await db.PlacementRequests.AsNoTracking()
                .Where(p => p.Stage == Stage.Evidence && p.AssignedOfficerId == new UserId(Personas.SendOfficer.Id))
                .Select(p => new { p.Id, p.ReceivedDate })
                .ToListAsync(cancellationToken))
            .Where(p => !decided.Contains(p.Id))
            .OrderBy(p => p.ReceivedDate).ThenBy(p => p.Id.Value)
            .ToList();
        var used = new HashSet<PlacementRequestId>();
        PlacementRequestId? CaseReceivedBy(DateOnly day)
        {
            var found = candidates.FirstOrDefault(c => c.ReceivedDate <= day && !used.Contains(c.Id));
            if (found is not null)
            {
                used.Add(found.Id);
            }

            return found?.Id;
        }

        var seeded = 0;

        // Overdue: the educational psychology service was asked 50 days ago; reg. 8 gave it six weeks.
        if (CaseReceivedBy(today.AddDays(-50)) is { } overdueCase)
        {
            await AskForAdviceAsync(demoClock, overdueCase, Personas.PartnerPsychologist, "Educational psychology service, County Hall", today.AddDays(-50),
                ChildAndNeeds | SharedSection.Views, cancellationToken);
            seeded++;
        }

        // Answered: community paediatrics sent its advice four days ago; the Advice tab and the clock have it.
        if (CaseReceivedBy(today.AddDays(-30)) is { } answeredCase)
        {
            var asked = await AskForAdviceAsync(demoClock, answeredCase, Personas.PartnerHealth, "Community paediatrics, Lister Hospital", today.AddDays(-30), ChildAndNeeds, cancellationToken);
            using (demoClock.Pretend(LondonTime.InstantOf(today.AddDays(-4), new TimeOnly(15, 20))))
            {
                var report = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Community paediatric advice\ntrailer << /Root 1 0 R >>\n%%EOF\n");
                await SendAsAsync(
                    Personas.PartnerHealth,
                    new SubmitAdvice.Command(asked.Id, asked.Version, new FileUpload("paediatric-advice.pdf", report.Length, report),
                        "Diagnosed with autism in 2024; sleep is poor and sensory overload leads to distress in busy rooms. No medical needs that a school nurse could not meet.",
                        "A small, predictable setting with a quiet space; a sensory diet planned with the occupational therapist."),
                    cancellationToken);
            }

            seeded++;
        }

        // Declined: the social worker asked has never worked with the family, and says who has.
        if (CaseReceivedBy(today.AddDays(-21)) is { } declinedCase)
        {
            var asked = await AskForAdviceAsync(demoClock, declinedCase, Personas.PartnerSocialCare, "Children's services, Stevenage locality team", today.AddDays(-21),
                SharedSection.ChildDetails, cancellationToken);
            using (demoClock.Pretend(LondonTime.InstantOf(today.AddDays(-18), new TimeOnly(9, 45))))
            {
                await SendAsAsync(
                    Personas.PartnerSocialCare,
                    new DeclinePartnerRequest.Command(asked.Id, asked.Version, "I have not worked with this family. The Hitchin locality team holds the case: please ask them for the social care advice."),
                    cancellationToken);
            }

            seeded++;
        }

        // Waiting: health and social care asked a week ago; the educational psychologist asked a question about theirs.
        if (CaseReceivedBy(today.AddDays(-7)) is { } waitingCase)
        {
            await AskForAdviceAsync(demoClock, waitingCase, Personas.PartnerHealth, "Community paediatrics, Lister Hospital", today.AddDays(-7), ChildAndNeeds, cancellationToken);
            await AskForAdviceAsync(demoClock, waitingCase, Personas.PartnerSocialCare, "Children's services, Stevenage locality team", today.AddDays(-7),
                SharedSection.ChildDetails | SharedSection.Views, cancellationToken);
            var asked = await AskForAdviceAsync(demoClock, waitingCase, Personas.PartnerPsychologist, "Educational psychology service, County Hall", today.AddDays(-7),
                ChildAndNeeds | SharedSection.Preferences, cancellationToken);
            using (demoClock.Pretend(LondonTime.InstantOf(today.AddDays(-5), new TimeOnly(11, 0))))
            {
                await SendAsAsync(
                    Personas.PartnerPsychologist,
                    new AskPartnerQuestion.Command(asked.Id, asked.Version, "Has the school's own assessment of reading and spelling been done yet? I would like to see it before I visit."),
                    cancellationToken);
            }

            seeded++;
        }

        if (await SeedConsultationAnsweredAsync(demoClock, cancellationToken))
        {
            seeded++;
        }

        LogPartnersSeeded(logger, seeded);
    }

    /// <summary>An officer records a request for an agency's advice on the day, and puts it before the professional with what they share.</summary>
    private async Task<AskPartner.Result> AskForAdviceAsync(
        DemoClock demoClock, PlacementRequestId caseId, Persona professional, string addressedTo, DateOnly requestedOn, SharedSection sections, CancellationToken cancellationToken)
    {
        using (demoClock.Pretend(LondonTime.InstantOf(requestedOn, new TimeOnly(10, 30))))
        {
            var advice = await SendAsAsync(
                Personas.SendOfficer,
                new RequestAdvice.Command(caseId.Value, professional.Agency, null, addressedTo, requestedOn),
                cancellationToken);
            return await SendAsAsync(
                Personas.SendOfficer,
                new AskPartner.Command(caseId.Value, advice.Id, null, professional.Id, PartnerSharing.Split(sections), []),
                cancellationToken);
        }
    }

    /// <summary>
    /// The panel named a setting other than the family's preference; the LA also consulted Brookside Special School,
    /// whose SENCO answered in the service: it could meet the needs with two adjustments, each with its cost.
    /// </summary>
    private async Task<bool> SeedConsultationAnsweredAsync(DemoClock demoClock, CancellationToken cancellationToken)
    {
        var sendcoAnswersForASetting = await db.Users.AsNoTracking().AnyAsync(u => u.Id == new UserId(Personas.SettingSendco.Id) && u.SettingId != null, cancellationToken);
        var decision = await db.PanelDecisions.AsNoTracking()
            .Where(d => d.Outcome == DecisionOutcome.NameAnotherSetting && d.Status == DecisionStatus.SignedOff)
            .Select(d => new { d.Id, d.PlacementRequestId, d.SignedOffAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (!sendcoAnswersForASetting || decision?.SignedOffAt is not { } signedOffAt)
        {
            LogPartnersSkipped(logger, "no signed-off decision names a setting, or the demo school is not in the catalogue");
            return false;
        }

        var sentOn = UkCalendar.DateOf(signedOffAt).AddDays(2);
        var documents = await db.EvidenceItems.AsNoTracking().Where(e => e.PlacementRequestId == decision.PlacementRequestId).Select(e => e.Id).ToListAsync(cancellationToken);
        AskPartner.Result asked;
        using (demoClock.Pretend(LondonTime.InstantOf(sentOn, new TimeOnly(14, 0))))
        {
            var consultation = await SendAsAsync(
                Personas.SendOfficer,
                new StartConsultation.Command(decision.PlacementRequestId.Value, decision.Id, "Brookside Special School", Personas.SettingSendcoUrn, null, sentOn),
                cancellationToken);
            asked = await SendAsAsync(
                Personas.SendOfficer,
                new AskPartner.Command(decision.PlacementRequestId.Value, null, consultation.Id, null,
                    PartnerSharing.Split(ChildAndNeeds | SharedSection.Preferences), documents),
                cancellationToken);
        }

        using (demoClock.Pretend(LondonTime.InstantOf(sentOn.AddDays(5), new TimeOnly(16, 10))))
        {
            await SendAsAsync(
                Personas.SettingSendco,
                new AnswerConsultation.Command(
                    asked.Id,
                    asked.Version,
                    ConsultationResponse.CanMeetNeedsWithConditions,
                    [
                        new AnswerConsultation.Adjustment("A key worker for the first two terms, to plan a phased start", 12_500m),
                        new AnswerConsultation.Adjustment("Training for the class team in de-escalation and emotional coaching", 1_800m),
                    ],
                    null,
                    "We have a place in the Year 6 class from January. Our SEMH outreach teacher has met the current school."),
                cancellationToken);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded partners' work in progress on {Cases} demonstration cases")]
    private static partial void LogPartnersSeeded(ILogger logger, int cases);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Some of the partners' demonstration work was not loaded: {Why}")]
    private static partial void LogPartnersSkipped(ILogger logger, string why);
}
