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
            RuleFor(u => u.Role).Must(r => r is null || !r.Value.IsPartner())
                .WithMessage("Invite partners (professionals and settings' contacts) from 'Partners', which links a setting's contact to their setting.");
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
