using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Users;

/// <summary>An administrator links a family member's account to the child of a case, so they can follow it.</summary>
public static class LinkFamilyMember
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(string UserId, string? CaseReference, string? Relationship, int? ExpectedVersion) : ICommand<UserView>, ICaseReferenced;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CaseReference)
                .NotEmpty().WithMessage("Enter the case reference, like PR-2026-000123.")
                .Must(r => CaseReference.TryParse(r, out _)).WithMessage("A case reference looks like PR-2026-000123.")
                .When(c => c.CaseReference is not null, ApplyConditionTo.CurrentValidator);
            RuleFor(c => c.Relationship).NotEmpty().WithMessage("Say how they are related to the child, for example Mother or Young person.")
                .MaximumLength(50).WithMessage("The relationship must be 50 characters or fewer.");
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the user you are changing.");
        }
    }

    public sealed class Handler(PanelDbContext db) : ICommandHandler<Command, UserView>
    {
        public async ValueTask<UserView> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == new UserId(command.UserId), cancellationToken)
                       ?? throw new NotFoundException("User", command.UserId);
            user.EnsureVersion(command.ExpectedVersion!.Value);
            var reference = CaseReference.Parse(command.CaseReference!);
            var childId = await db.PlacementRequests.Where(p => p.Reference == reference).Select(p => (Domain.Children.ChildId?)p.ChildId).SingleOrDefaultAsync(cancellationToken)
                          ?? throw RequestValidationException.For("caseReference", $"There is no case {reference}.");
            user.LinkChild(childId, command.Relationship!);
            // The unit of work moves the version on when it commits a change; linking an already linked child changes nothing.
            return UserView.Of(user) with { Version = user.Version + (user.DomainEvents.Count > 0 ? 1 : 0) };
        }
    }
}
