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

/// <summary>What is waiting for a partner, and what they have done: only the requests addressed to them (or their setting).</summary>
public static class ListMyPartnerRequests
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Query : IQuery<IReadOnlyList<Item>>;

    /// <summary>One request, as its partner's list shows it: no child's name, only the case's reference.</summary>
    public sealed record Item(Guid Id, PartnerRequestKind Kind, string Reference, string What, DateOnly DueOn, bool Overdue, PartnerRequestStatus Status, bool CanRespond, DateTimeOffset SharedAt)
        : ICaseScoped
    {
        /// <summary>The case, for the audit trail's record of what the read returned; never shown to the partner.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public Guid PlacementRequestId { get; init; }
    }

    public sealed class Handler(PanelDbContext db, CaseAccess access, TimeProvider clock) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var account = await access.AccountAsync(cancellationToken);
            var today = UkCalendar.Today(clock);
            var requests = await CaseAccess.AddressedTo(db.PartnerRequests.AsNoTracking(), account)
                .Select(r => new
                {
                    Request = r,
                    Reference = db.PlacementRequests.Where(p => p.Id == r.PlacementRequestId).Select(p => p.Reference).Single(),
                    Advice = db.AdviceRequests.Where(a => a.Id == r.AdviceRequestId).Select(a => new { a.Agency, a.AgencyName }).SingleOrDefault(),
                    Consultation = db.Consultations.Where(c => c.Id == r.ConsultationId).Select(c => new { c.SettingName, c.Outcome, c.Response }).SingleOrDefault(),
                })
                .ToListAsync(cancellationToken);
            return requests.Select(r =>
            {
                var open = r.Request.IsWaiting && (r.Consultation is null || (r.Consultation.Outcome is null && r.Consultation.Response is null));
                var what = r.Advice is { } advice
                    ? $"Advice: {(advice.AgencyName ?? Domain.Users.AgencyDescriptions.Describe(advice.Agency))}"
                    : $"Consultation: {r.Consultation?.SettingName}";
                return new Item(r.Request.Id, r.Request.Kind, r.Reference.Value, what, r.Request.DueOn, open && today > r.Request.DueOn, r.Request.Status, open, r.Request.SharedAt)
                {
                    PlacementRequestId = r.Request.PlacementRequestId.Value,
                };
            })
            // Waiting first, soonest due first: ordered here, as the status is stored as its name.
            .OrderBy(i => i.Status).ThenBy(i => i.DueOn).ThenBy(i => i.SharedAt)
            .ToList();
        }
    }
}

/// <summary>
/// One request as its partner sees it: the due date, what the officer shared (sections and documents, nothing else),
/// what they have answered, and their questions.
/// </summary>
public static class GetPartnerRequest
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Query(Guid PartnerRequestId) : IQuery<View>, IPartnerRequestScoped;

    public sealed record View(
        Guid Id,
        PartnerRequestKind Kind,
        string Reference,
        string What,
        DateOnly DueOn,
        bool Overdue,
        PartnerRequestStatus Status,
        bool CanRespond,
        string? ClosedBecause,
        IReadOnlyList<SharedSection> Sections,
        SharedChild? Child,
        SharedNeeds? Needs,
        IReadOnlyList<string>? Preferences,
        IReadOnlyList<SharedView>? Views,
        IReadOnlyList<SharedDocument> Documents,
        string? DeclineReason,
        AdviceAnswer? Advice,
        ConsultationAnswer? Consultation,
        IReadOnlyList<PartnerQuestion> Questions,
        int Version);

    public sealed record SharedChild(string Name, DateOnly DateOfBirth);

    public sealed record SharedNeeds(IReadOnlyList<string> RankedNeeds, int CommunicationAndInteraction, int CognitionAndLearning, int SocialEmotionalAndMentalHealth, int SensoryAndPhysical);

    public sealed record SharedView(Voice Voice, string GivenBy, DateOnly GatheredOn, string WhatMatters, string? HopesAndAspirations, string? HowBestSupported);

    public sealed record SharedDocument(Guid Id, string FileName, EvidenceKind Kind, DateOnly ReceivedOn, long SizeBytes);

    public sealed record AdviceAnswer(DateOnly ReceivedOn, string? Summary, string? Recommendation, string? FileName);

    public sealed record ConsultationAnswer(
        string SettingName, DateOnly? RespondedOn, ConsultationResponse? Response, IReadOnlyList<ConsultationAdjustment> Adjustments, NamingObjection Objections, string? Summary, ConsultationOutcome? Outcome);

    public sealed class Handler(PanelDbContext db, TimeProvider clock) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var request = await db.PartnerRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.PartnerRequestId, cancellationToken)
                          ?? throw new NotFoundException("Request", query.PartnerRequestId);
            var placement = await db.PlacementRequests.AsNoTracking().AsSplitQuery().SingleAsync(p => p.Id == request.PlacementRequestId, cancellationToken);
            var today = UkCalendar.Today(clock);
            var sections = request.Sections;

            SharedChild? child = null;
            if (sections.HasFlag(SharedSection.ChildDetails))
            {
                var c = await db.Children.AsNoTracking().SingleAsync(x => x.Id == placement.ChildId, cancellationToken);
                child = new SharedChild($"{c.GivenName} {c.FamilyName}", c.DateOfBirth);
            }

            var needs = sections.HasFlag(SharedSection.Needs)
                ? new SharedNeeds(placement.Needs.OrderBy(n => n.Rank).Select(n => n.Code).ToList(), placement.NeedLevels.CommunicationAndInteraction,
                    placement.NeedLevels.CognitionAndLearning, placement.NeedLevels.SocialEmotionalAndMentalHealth, placement.NeedLevels.SensoryAndPhysical)
                : null;
            var preferences = sections.HasFlag(SharedSection.Preferences)
                ? placement.Preferences.OrderBy(p => p.Rank).Select(p => $"{p.Rank}. {p.Describe()}: {p.Reasons}").ToList()
                : null;
            var views = sections.HasFlag(SharedSection.Views)
                ? (await db.CaseViews.AsNoTracking().Where(v => v.PlacementRequestId == request.PlacementRequestId).OrderBy(v => v.GatheredOn).ToListAsync(cancellationToken))
                    .Select(v => new SharedView(v.Voice, v.GivenBy, v.GatheredOn, v.WhatMatters, v.HopesAndAspirations, v.HowBestSupported)).ToList()
                : null;
            var shared = request.SharedDocumentIds.ToList();
            var documents = (await db.EvidenceItems.AsNoTracking().Where(e => shared.Contains(e.Id) && e.PlacementRequestId == request.PlacementRequestId).ToListAsync(cancellationToken))
                .OrderBy(e => e.ReceivedOn).Select(e => new SharedDocument(e.Id, e.File.FileName, e.Kind, e.ReceivedOn, e.File.SizeBytes)).ToList();

            AdviceAnswer? advice = null;
            ConsultationAnswer? consultation = null;
            string what;
            string? closedBecause = null;
            if (request.AdviceRequestId is { } adviceId)
            {
                var a = await db.AdviceRequests.AsNoTracking().SingleAsync(x => x.Id == adviceId, cancellationToken);
                what = $"Your {a.AgencyDescription} advice";
                if (a.ReceivedOn is { } received)
                {
                    var fileName = a.EvidenceItemId is { } evidenceId
                        ? await db.EvidenceItems.AsNoTracking().Where(e => e.Id == evidenceId).Select(e => e.File.FileName).SingleOrDefaultAsync(cancellationToken)
                        : null;
                    // What the partner sent is theirs to see; an answer an officer recorded from elsewhere is only said to be in.
                    advice = request.Status == PartnerRequestStatus.Answered
                        ? new AdviceAnswer(received, a.Summary, a.Recommendation, fileName)
                        : new AdviceAnswer(received, null, null, null);
                    closedBecause ??= request.Status == PartnerRequestStatus.Answered ? null : "The SEND team has already received this advice.";
                }
            }
            else
            {
                var c = await db.Consultations.AsNoTracking().SingleAsync(x => x.Id == request.ConsultationId, cancellationToken);
                what = $"Consultation: can {c.SettingName} meet the child's needs?";
                consultation = new ConsultationAnswer(c.SettingName, c.RespondedOn, c.Response, c.Adjustments, c.Objections, c.ResponseSummary, c.Outcome);
                if (c.Response is not null && request.Status != PartnerRequestStatus.Answered)
                {
                    closedBecause = "The SEND team has already recorded the setting's answer.";
                }
                else if (c.Outcome is not null && c.Response is null)
                {
                    closedBecause = $"The consultation closed on {DateText.Plain(UkCalendar.DateOf(c.OutcomeRecordedAt!.Value))}: the SEND team has recorded its outcome.";
                }
            }

            var canRespond = request.IsWaiting && closedBecause is null;
            return new View(request.Id, request.Kind, placement.Reference.Value, what, request.DueOn, canRespond && today > request.DueOn, request.Status, canRespond, closedBecause,
                PartnerSharing.Split(sections), child, needs, preferences, views, documents, request.DeclineReason, advice, consultation, request.Questions, request.Version);
        }
    }
}

/// <summary>A document the officer shared with the partner, to download; any other document is "not found".</summary>
public static class GetSharedDocument
{
    [RequiresPolicy(Policies.Partner)]
    public sealed record Query(Guid PartnerRequestId, Guid EvidenceItemId) : IQuery<Evidence.GetEvidenceContent.Content>, IPartnerRequestScoped;

    public sealed class Handler(PanelDbContext db, IDocumentStore documents) : IQueryHandler<Query, Evidence.GetEvidenceContent.Content>
    {
        public async ValueTask<Evidence.GetEvidenceContent.Content> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var request = await db.PartnerRequests.AsNoTracking().SingleAsync(r => r.Id == query.PartnerRequestId, cancellationToken);
            var file = request.Shares(query.EvidenceItemId)
                ? await db.EvidenceItems.AsNoTracking().Where(e => e.Id == query.EvidenceItemId && e.PlacementRequestId == request.PlacementRequestId).Select(e => e.File).SingleOrDefaultAsync(cancellationToken)
                : null;
            if (file is null)
            {
                throw new NotFoundException("Document", query.EvidenceItemId);
            }

            var stream = await documents.OpenAsync(file.ContentSha256, cancellationToken)
                         ?? throw new InvalidOperationException($"The document store has lost the content {file.ContentSha256} of evidence {query.EvidenceItemId}.");
            return new Evidence.GetEvidenceContent.Content(file.FileName, file.Type.MediaType(), file.ContentSha256, stream);
        }
    }
}

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

/// <summary>What every partner's answer does: loads the request to change, and tells the case's officer.</summary>
public sealed class PartnerResponses(PanelDbContext db, TimeProvider clock)
{
    public async Task<PartnerRequest> OpenAsync(Guid partnerRequestId, int expectedVersion, CancellationToken cancellationToken)
    {
        var request = await db.PartnerRequests.SingleOrDefaultAsync(r => r.Id == partnerRequestId, cancellationToken)
                      ?? throw new NotFoundException("Request", partnerRequestId);
        request.EnsureVersion(expectedVersion);
        return request;
    }

    /// <summary>The case's officer hears of it, by the case's reference and a link to its tab.</summary>
    public async Task TellOfficerAsync(PartnerRequest request, string kind, string subject, string happened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var placement = await db.PlacementRequests.AsNoTracking().Where(p => p.Id == request.PlacementRequestId)
            .Select(p => new { p.Reference, p.AssignedOfficerId }).SingleAsync(cancellationToken);
        var tab = request.Kind == PartnerRequestKind.Advice ? "advice" : "consultations";
        var who = request.Kind == PartnerRequestKind.Advice ? "The professional asked for advice" : "The setting consulted";
        db.Notifications.Add(Notifications.Notification.Create(
            placement.AssignedOfficerId,
            kind,
            $"{subject} ({placement.Reference})",
            $"{who} on {placement.Reference} {happened}.",
            $"/cases/{request.PlacementRequestId.Value}/{tab}",
            request.PlacementRequestId,
            clock.GetUtcNow()));
    }
}
