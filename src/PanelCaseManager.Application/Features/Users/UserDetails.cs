using FluentValidation;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Users;

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
