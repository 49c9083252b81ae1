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

/// <summary>An officer changes what a partner may see of a request, while the partner has yet to answer.</summary>
public static class ChangePartnerSharing
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(Guid PartnerRequestId, int? ExpectedVersion, IReadOnlyList<SharedSection>? Sections, IReadOnlyList<Guid>? DocumentIds)
        : ICommand<Result>, IPartnerRequestScoped;

    public sealed record Result(Guid Id, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db)
        {
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the request you are changing, so that nobody's change is overwritten.");
            RuleForEach(c => c.Sections).IsInEnum().WithMessage($"Share any of {string.Join(", ", Enum.GetNames<SharedSection>().Where(n => n != nameof(SharedSection.None)))}.")
                .Must(s => s != SharedSection.None).WithMessage("Choose a section to share, or none at all.");
            RuleFor(c => c.DocumentIds!.Count).LessThanOrEqualTo(50).OverridePropertyName("documentIds").WithMessage("Share at most 50 documents.").When(c => c.DocumentIds is not null);
            RuleFor(c => c.DocumentIds!)
                .MustAsync(async (c, ids, ct) =>
                {
                    var caseId = await db.PartnerRequests.Where(r => r.Id == c.PartnerRequestId).Select(r => (Guid?)r.PlacementRequestId.Value).SingleOrDefaultAsync(ct);
                    return caseId is { } id && await PartnerSharing.AllOnCaseAsync(db, id, ids, ct);
                })
                .OverridePropertyName("documentIds").WithMessage("Share documents of this case's evidence only.")
                .When(c => c.DocumentIds is { Count: > 0 and <= 50 });
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var request = await db.PartnerRequests.SingleOrDefaultAsync(r => r.Id == command.PartnerRequestId, cancellationToken)
                          ?? throw new NotFoundException("Request", command.PartnerRequestId);
            request.EnsureVersion(command.ExpectedVersion!.Value);
            request.ChangeSharing(PartnerSharing.Combine(command.Sections), command.DocumentIds ?? [], currentUser.Id, clock.GetUtcNow());
            return new Result(request.Id, request.Version + 1);
        }
    }
}

/// <summary>What an officer sees of the partners asked about a case: whom, what was shared, where each stands, their questions.</summary>
public static class ListCasePartnerRequests
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<IReadOnlyList<Item>>, ICaseScoped;

    public sealed record Item(
        Guid Id,
        PartnerRequestKind Kind,
        Guid? AdviceRequestId,
        Guid? ConsultationId,
        string AddressedTo,
        DateOnly DueOn,
        PartnerRequestStatus Status,
        IReadOnlyList<SharedSection> Sections,
        IReadOnlyList<Guid> DocumentIds,
        string? DeclineReason,
        IReadOnlyList<PartnerQuestion> Questions,
        DateTimeOffset SharedAt,
        DateTimeOffset? AnsweredAt,
        int Version);

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            var requests = await db.PartnerRequests.AsNoTracking().Where(r => r.PlacementRequestId == caseId).OrderBy(r => r.SharedAt).ToListAsync(cancellationToken);
            var partnerIds = requests.Where(r => r.PartnerId is not null).Select(r => r.PartnerId!.Value).ToList();
            var settingIds = requests.Where(r => r.SettingId is not null).Select(r => r.SettingId!.Value).ToList();
            var people = await db.Users.AsNoTracking().Where(u => partnerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var settings = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            return requests.Select(r => new Item(
                    r.Id, r.Kind, r.AdviceRequestId, r.ConsultationId,
                    r.PartnerId is { } p ? people.GetValueOrDefault(p, p.Value) : settings.GetValueOrDefault(r.SettingId!.Value, "a setting"),
                    r.DueOn, r.Status, PartnerSharing.Split(r.Sections), r.SharedDocumentIds, r.DeclineReason, r.Questions, r.SharedAt, r.AnsweredAt, r.Version))
                .ToList();
        }
    }
}

public static class PartnerSharing
{
    public static SharedSection Combine(IReadOnlyList<SharedSection>? sections) =>
        (sections ?? []).Aggregate(SharedSection.None, (all, s) => all | s);

    public static IReadOnlyList<SharedSection> Split(SharedSection sections) =>
        Enum.GetValues<SharedSection>().Where(s => s != SharedSection.None && sections.HasFlag(s)).ToList();

    public static string Describe(this SharedSection section) => section switch
    {
        SharedSection.ChildDetails => "The child's name and date of birth",
        SharedSection.Needs => "The child's needs",
        SharedSection.Preferences => "The family's preferences",
        SharedSection.Views => "The family's views and the child's voice",
        _ => section.ToString(),
    };

    public static async Task<bool> AllOnCaseAsync(PanelDbContext db, Guid caseId, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Distinct().ToList();
        var found = await db.EvidenceItems.CountAsync(e => distinct.Contains(e.Id) && e.PlacementRequestId == new PlacementRequestId(caseId), cancellationToken);
        return found == distinct.Count;
    }

    /// <summary>"Something is waiting for you": the case's reference and the link, never the child.</summary>
    public static Notification Waiting(UserId recipient, PartnerRequest request, CaseReference reference, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reference);
        var what = request.Kind == PartnerRequestKind.Advice ? "A request for your advice" : "A consultation about a placement";
        return Notification.Create(
            recipient,
            PartnerNotifications.Waiting,
            $"{what} is waiting for you ({reference})",
            $"{what} ({reference}) is waiting for you in the SEND placement panel service. Please respond by {DateText.Plain(request.DueOn)}.",
            PartnerNotifications.RequestLink(request.Id),
            null,
            now);
    }
}
