using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Partners;

/// <summary>An officer or administrator closes a partner's account (withdraws the invitation), saying why; they can no longer sign in or see anything.</summary>
public static class ClosePartner
{
    [RequiresPolicy(Policies.InvitePartners)]
    public sealed record Command(string PartnerId, string? Reason, int? ExpectedVersion) : ICommand<PartnerView>;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the account is being closed.")
                .MaximumLength(UserAccount.ClosedReasonMaxLength).WithMessage($"The reason must be {UserAccount.ClosedReasonMaxLength} characters or fewer.");
            RuleFor(c => c.ExpectedVersion).NotNull().WithMessage("Give the version of the account you are closing.");
        }
    }

    public sealed class Handler(PanelDbContext db) : ICommandHandler<Command, PartnerView>
    {
        public async ValueTask<PartnerView> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            // Only partners' accounts: any other id is "not found", so the page tells nobody which staff ids exist.
            var account = await db.Users.SingleOrDefaultAsync(u => u.Id == new UserId(command.PartnerId)
                                                                   && (u.Role == Role.AgencyProfessional || u.Role == Role.SettingContact), cancellationToken)
                          ?? throw new NotFoundException("Partner", command.PartnerId);
            account.EnsureVersion(command.ExpectedVersion!.Value);
            account.ClosePartner(command.Reason!);
            var settingName = account.SettingId is { } s ? await db.Settings.Where(x => x.Id == s).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null;
            return PartnerAccounts.View(account, settingName) with { Version = account.Version + 1 };
        }
    }
}
