using System.Text.Json.Serialization;
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

/// <summary>
/// An officer or administrator invites a partner: a professional of health, social care or educational psychology, or
/// the named contact or SENCO of a setting in the catalogue. The person signs in with the account the council's
/// directory gave them (a B2B guest, or External ID; docs/adr/0205), whose object id is their id here; they are sent an
/// invitation with a link, never anything about a child.
/// </summary>
public static class InvitePartner
{
    public const string EmailInUse = "This email address or id cannot be used for a new partner account. Check it, or ask the SEND team's administrator.";

    [RequiresPolicy(Policies.InvitePartners)]
    public sealed record Command(string? Id, string? DisplayName, string? Email, Role? Role, Agency? Agency, Guid? SettingId)
        : ICommand<PartnerView>, IIdempotentCommand
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db)
        {
            RuleFor(c => c.Id)
                .NotEmpty().WithMessage("Enter the person's object id from the council's directory (their guest or External ID account).")
                .MaximumLength(PanelDbContext.UserIdMaxLength).WithMessage($"An id is {PanelDbContext.UserIdMaxLength} characters or fewer.");
            RuleFor(c => c.DisplayName).NotEmpty().WithMessage("Enter the person's name.").MaximumLength(200).WithMessage("The name must be 200 characters or fewer.");
            RuleFor(c => c.Email).NotEmpty().WithMessage("Enter the person's work email address.")
                .EmailAddress().WithMessage("Enter an email address like name@example.nhs.uk.")
                .MaximumLength(320).WithMessage("The email address must be 320 characters or fewer.");
            RuleFor(c => c.Role).NotNull().WithMessage("Choose whether this is a professional or a setting's contact.")
                .Must(r => r is null || r.Value.IsPartner()).WithMessage("Choose AgencyProfessional or SettingContact.");
            RuleFor(c => c.Agency).NotNull().WithMessage("Choose the professional's agency: health, social care or educational psychology.")
                .Must(a => a is null || UserAccount.PartnerAgencies.Contains(a.Value)).WithMessage("A professional is invited for health, social care or educational psychology.")
                .When(c => c.Role == Role.AgencyProfessional);
            RuleFor(c => c.SettingId).NotNull().WithMessage("Choose the setting from the catalogue.")
                .When(c => c.Role == Role.SettingContact);
            RuleFor(c => c.SettingId!.Value)
                .MustAsync(async (id, ct) => await db.Settings.AnyAsync(s => s.Id == new SettingId(id), ct))
                .OverridePropertyName("settingId").WithMessage("There is no setting with this id in the catalogue.")
                .When(c => c.Role == Role.SettingContact && c.SettingId is not null);

            // An email (or id) already linked to any account, whatever its role, is refused in the same words: a new
            // partner never takes over a member of staff's or a family's account, and the answer says no more than that.
            RuleFor(c => c)
                .MustAsync(async (c, ct) =>
                {
                    var email = c.Email!.Trim().ToUpperInvariant();
                    var id = new UserId(c.Id!.Trim());
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL UPPER() on every provider, so the comparison is the same everywhere
                    return !await db.Users.AnyAsync(u => u.Id == id || u.Email.ToUpper() == email, ct);
#pragma warning restore CA1304, CA1311, CA1862
                })
                .OverridePropertyName("email").WithMessage(EmailInUse)
                .When(c => !string.IsNullOrWhiteSpace(c.Email) && !string.IsNullOrWhiteSpace(c.Id) && c.Id.Length <= PanelDbContext.UserIdMaxLength);
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, PartnerView>
    {
        public async ValueTask<PartnerView> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var now = clock.GetUtcNow();
            var settingId = command.Role == Role.SettingContact ? new SettingId(command.SettingId!.Value) : (SettingId?)null;
            var account = UserAccount.InvitePartner(
                new UserId(command.Id!.Trim()), command.DisplayName!, command.Email!, command.Role!.Value, command.Agency, settingId, currentUser.Id, now);
            db.Users.Add(account);
            db.Notifications.Add(Notification.Create(
                account.Id,
                PartnerNotifications.Invited,
                "You have been invited to the SEND placement panel service",
                "You have been invited to contribute to requests for SEND placements. Sign in with your work account to see what is waiting for you.",
                PartnerNotifications.StartLink,
                null,
                now));
            var settingName = settingId is { } s ? await db.Settings.Where(x => x.Id == s).Select(x => x.Name).SingleAsync(cancellationToken) : null;
            return PartnerAccounts.View(account, settingName);
        }
    }
}
