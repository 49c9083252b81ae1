using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Users;

/// <summary>An administrator lists the service's users.</summary>
public static class ListUsers
{
    [RequiresPolicy(Policies.Administer)]
    [ReadsNoPersonalData]
    /// <param name="Role">Only users with this role.</param>
    /// <param name="PanelMembers">Only panel members and chairs: who can sit on a panel, each with the agency they represent.</param>
    public sealed record Query(Role? Role, bool PanelMembers = false) : IQuery<IReadOnlyList<UserView>>;

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<UserView>>
    {
        public async ValueTask<IReadOnlyList<UserView>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var users = db.Users.AsNoTracking();
            if (query.Role is { } role)
            {
                users = users.Where(u => u.Role == role);
            }

            if (query.PanelMembers)
            {
                users = users.Where(u => u.Role == Role.PanelMember || u.Role == Role.PanelChair);
            }

            var list = await users.OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
            return list.Select(UserView.Of).ToList();
        }
    }
}

/// <summary>A user as an administrator sees them.</summary>
public sealed record UserView(string Id, string DisplayName, string Email, Role Role, string? Team, Agency? Agency, bool IsActive, int Version, IReadOnlyList<Guid> LinkedChildIds)
{
    public static UserView Of(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new UserView(user.Id.Value, user.DisplayName, user.Email, user.Role, user.Team, user.Agency, user.IsActive, user.Version, user.ChildLinks.Select(l => l.ChildId.Value).ToList());
    }
}

/// <summary>The fields an administrator gives a user, checked the same way on creation and change.</summary>
public abstract class UserDetailsValidator<T> : AbstractValidator<T>
    where T : IUserDetails
{
    protected UserDetailsValidator()
    {
        RuleFor(u => u.DisplayName).NotEmpty().WithMessage("Enter the user's name.").MaximumLength(200).WithMessage("The name must be 200 characters or fewer.");
        RuleFor(u => u.Email).NotEmpty().WithMessage("Enter the user's email address.")
            .EmailAddress().WithMessage("Enter an email address like name@example.gov.uk.")
            .MaximumLength(320).WithMessage("The email address must be 320 characters or fewer.");
        RuleFor(u => u.Role).NotNull().WithMessage("Choose the user's role.");
        RuleFor(u => u.Team).NotEmpty().WithMessage("SEND officers and team managers belong to a team.")
            .When(u => u.Role is Role.SendOfficer or Role.TeamManager);
        RuleFor(u => u.Team).MaximumLength(100).WithMessage("The team's name must be 100 characters or fewer.");
        RuleFor(u => u.Agency).NotNull().WithMessage("Panel members and chairs represent an agency.")
            .When(u => u.Role is Role.PanelMember or Role.PanelChair);
    }
}

public interface IUserDetails
{
    string? DisplayName { get; }
    string? Email { get; }
    Role? Role { get; }
    string? Team { get; }
    Agency? Agency { get; }
}

/// <summary>An administrator adds a user, with the id their identity provider gives them.</summary>
public static class CreateUser
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(string? Id, string? DisplayName, string? Email, Role? Role, string? Team, Agency? Agency)
        : ICommand<UserView>, IIdempotentCommand, IUserDetails
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed class Validator : UserDetailsValidator<Command>
    {
        public Validator(PanelDbContext db)
        {
            RuleFor(u => u.Id).NotEmpty().WithMessage("Enter the user's id from the identity provider (their object id).")
                .MaximumLength(PanelDbContext.UserIdMaxLength).WithMessage($"An id is {PanelDbContext.UserIdMaxLength} characters or fewer.")
                .MustAsync(async (id, ct) => !await db.Users.AnyAsync(u => u.Id == new UserId(id!), ct))
                .WithMessage("There is already a user with this id.")
                .When(u => !string.IsNullOrEmpty(u.Id) && u.Id.Length <= PanelDbContext.UserIdMaxLength, ApplyConditionTo.CurrentValidator);
        }
    }

    public sealed class Handler(PanelDbContext db) : ICommandHandler<Command, UserView>
    {
        public ValueTask<UserView> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var user = UserAccount.Create(new UserId(command.Id!.Trim()), command.DisplayName!, command.Email!, command.Role!.Value, command.Team, command.Agency);
            db.Users.Add(user);
            return ValueTask.FromResult(UserView.Of(user));
        }
    }
}

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
