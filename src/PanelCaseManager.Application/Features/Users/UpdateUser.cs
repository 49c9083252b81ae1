using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Users;

/// <summary>An administrator changes a user's name, role, team, agency or closes their account.</summary>
public static class UpdateUser
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(string Id, string? DisplayName, string? Email, Role? Role, string? Team, Agency? Agency, bool? IsActive, int? ExpectedVersion)
        : ICommand<UserView>, IUserDetails;

    public sealed class Validator : UserDetailsValidator<Command>
    {
        public Validator()
        {
            RuleFor(u => u.IsActive).NotNull().WithMessage("Say whether the account is active.");
            RuleFor(u => u.ExpectedVersion).NotNull().WithMessage("Give the version of the user you are changing.");
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser) : ICommandHandler<Command, UserView>
    {
        public async ValueTask<UserView> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == new UserId(command.Id), cancellationToken)
                       ?? throw new NotFoundException("User", command.Id);
            user.EnsureVersion(command.ExpectedVersion!.Value);
            if (user.Id == currentUser.Id && (command.Role != Role.Administrator || command.IsActive != true))
            {
                throw new Domain.Common.DomainRuleException("own-administrator-rights", "You cannot remove your own administrator rights; ask another administrator.");
            }

            user.Update(command.DisplayName!, command.Email!, command.Role!.Value, command.Team, command.Agency, command.IsActive!.Value);
            // The unit of work moves the version on when it commits a change; linking an already linked child changes nothing.
            return UserView.Of(user) with { Version = user.Version + (user.DomainEvents.Count > 0 ? 1 : 0) };
        }
    }
}
