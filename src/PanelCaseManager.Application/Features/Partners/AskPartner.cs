using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>
/// An officer puts an advice request before a professional, or a consultation before the setting it names (through its
/// URN in the catalogue), choosing what to share: sections of the request and documents of the case's evidence. Nothing
/// else of the case reaches the partner. The partner (every active contact of a setting) is told by email that
/// something is waiting, with a link and no personal data.
/// </summary>
public static class AskPartner
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid PlacementRequestId,
        Guid? AdviceRequestId,
        Guid? ConsultationId,
        string? PartnerId,
        IReadOnlyList<SharedSection>? Sections,
        IReadOnlyList<Guid>? DocumentIds) : ICommand<Result>, IIdempotentCommand, ICaseScoped
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(Guid Id, Guid PlacementRequestId, DateOnly DueOn, int Recipients, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db)
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c).Must(c => (c.AdviceRequestId is null) != (c.ConsultationId is null))
                .OverridePropertyName("adviceRequestId").WithMessage("Choose the advice request or the consultation to share, one of the two.");
            RuleFor(c => c.PartnerId).NotEmpty().WithMessage("Choose the professional to ask.").When(c => c.AdviceRequestId is not null);
            RuleFor(c => c.PartnerId).Empty().WithMessage("A consultation goes to the setting's contacts; do not name a professional.").When(c => c.ConsultationId is not null);
            RuleForEach(c => c.Sections).IsInEnum().WithMessage($"Share any of {string.Join(", ", Enum.GetNames<SharedSection>().Where(n => n != nameof(SharedSection.None)))}.")
                .Must(s => s != SharedSection.None).WithMessage("Choose a section to share, or none at all.");
            RuleFor(c => c.DocumentIds!.Count).LessThanOrEqualTo(50).OverridePropertyName("documentIds").WithMessage("Share at most 50 documents.").When(c => c.DocumentIds is not null);
            RuleFor(c => c.DocumentIds!)
                .MustAsync(async (c, ids, ct) => await PartnerSharing.AllOnCaseAsync(db, c.PlacementRequestId, ids, ct))
                .OverridePropertyName("documentIds").WithMessage("Share documents of this case's evidence only.")
                .When(c => c.DocumentIds is { Count: > 0 and <= 50 });
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var now = clock.GetUtcNow();
            var sections = PartnerSharing.Combine(command.Sections);
            var documents = command.DocumentIds ?? [];
            PartnerRequest request;
            List<UserId> recipients;
            if (command.AdviceRequestId is { } adviceId)
            {
                var advice = await db.AdviceRequests.SingleOrDefaultAsync(a => a.Id == adviceId && a.PlacementRequestId == caseId, cancellationToken)
                             ?? throw new NotFoundException("Advice request", adviceId);
                await EnsureNotAskedAsync(db.PartnerRequests.Where(r => r.AdviceRequestId == adviceId), cancellationToken);
                var partner = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == new UserId(command.PartnerId!) && u.Role == Role.AgencyProfessional && u.IsActive, cancellationToken)
                              ?? throw RequestValidationException.For("partnerId", "Choose an active professional's account.");
                request = PartnerRequest.ForAdvice(advice, partner, sections, documents, currentUser.Id, now);
                recipients = [partner.Id];
            }
            else
            {
                var consultationId = command.ConsultationId!.Value;
                var consultation = await db.Consultations.SingleOrDefaultAsync(c => c.Id == consultationId && c.PlacementRequestId == caseId, cancellationToken)
                                   ?? throw new NotFoundException("Consultation", consultationId);
                await EnsureNotAskedAsync(db.PartnerRequests.Where(r => r.ConsultationId == consultationId), cancellationToken);
                var setting = (Urn.TryParse(consultation.SettingUrn, out var urn)
                                  ? await db.Settings.AsNoTracking().Where(s => s.Urn == urn!).Select(s => new { s.Id }).SingleOrDefaultAsync(cancellationToken)
                                  : null)
                              ?? throw new DomainRuleException("setting-not-in-catalogue", $"{consultation.SettingName} has no URN of a setting in the catalogue, so it cannot answer in the service; send the consultation by post or email instead.");
                recipients = await db.Users.AsNoTracking().Where(u => u.Role == Role.SettingContact && u.IsActive && u.SettingId == setting.Id).Select(u => u.Id).ToListAsync(cancellationToken);
                if (recipients.Count == 0)
                {
                    throw new DomainRuleException("setting-has-no-contact", $"{consultation.SettingName} has no contact invited to the service yet; invite its SENCO or named contact first.");
                }

                request = PartnerRequest.ForConsultation(consultation, setting.Id, sections, documents, currentUser.Id, now);
            }

            db.PartnerRequests.Add(request);
            var reference = await db.PlacementRequests.Where(p => p.Id == caseId).Select(p => p.Reference).SingleAsync(cancellationToken);
            foreach (var recipient in recipients)
            {
                db.Notifications.Add(PartnerSharing.Waiting(recipient, request, reference, now));
            }

            return new Result(request.Id, command.PlacementRequestId, request.DueOn, recipients.Count, request.Version);
        }

        private static async Task EnsureNotAskedAsync(IQueryable<PartnerRequest> existing, CancellationToken cancellationToken)
        {
            // One partner per advice request or consultation, kept on record even when declined: ask another agency's
            // professional through a new advice request, or record what arrives by other means.
            if (await existing.AnyAsync(cancellationToken))
            {
                throw new DomainRuleException("partner-already-asked", "This has already been put before a partner. Change what is shared with them, or, if they declined, record the answer when it arrives by other means.");
            }
        }
    }
}
