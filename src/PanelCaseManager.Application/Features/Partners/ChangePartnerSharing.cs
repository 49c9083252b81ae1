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
