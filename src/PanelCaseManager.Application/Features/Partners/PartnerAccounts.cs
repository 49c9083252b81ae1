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

/// <summary>A partner's account as an officer or administrator sees it.</summary>
public sealed record PartnerView(
    string Id, string DisplayName, string Email, Role Role, Agency? Agency, Guid? SettingId, string? SettingName, bool IsActive, string? ClosedReason, DateTimeOffset? InvitedAt, int Version);

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

/// <summary>The partners an officer may address requests to, or an administrator looks after: professionals and settings' contacts.</summary>
public static class ListPartners
{
    [RequiresPolicy(Policies.InvitePartners)]
    [ReadsNoPersonalData]
    /// <param name="Agency">Only professionals of this agency.</param>
    /// <param name="SettingId">Only the contacts of this setting.</param>
    /// <param name="ActiveOnly">Leave out closed accounts.</param>
    public sealed record Query(Agency? Agency, Guid? SettingId, bool ActiveOnly = false) : IQuery<IReadOnlyList<PartnerView>>;

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<PartnerView>>
    {
        public async ValueTask<IReadOnlyList<PartnerView>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var partners = db.Users.AsNoTracking().Where(u => u.Role == Role.AgencyProfessional || u.Role == Role.SettingContact);
            if (query.Agency is { } agency)
            {
                partners = partners.Where(u => u.Role == Role.AgencyProfessional && u.Agency == agency);
            }

            if (query.SettingId is { } settingId)
            {
                partners = partners.Where(u => u.SettingId == new SettingId(settingId));
            }

            if (query.ActiveOnly)
            {
                partners = partners.Where(u => u.IsActive);
            }

            var list = await partners.OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
            var settingIds = list.Where(u => u.SettingId is not null).Select(u => u.SettingId!.Value).Distinct().ToList();
            var names = await db.Settings.AsNoTracking().Where(s => settingIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
            return list.Select(u => PartnerAccounts.View(u, u.SettingId is { } s ? names.GetValueOrDefault(s) : null)).ToList();
        }
    }
}

public static class PartnerAccounts
{
    public static PartnerView View(UserAccount account, string? settingName)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new PartnerView(account.Id.Value, account.DisplayName, account.Email, account.Role, account.Agency, account.SettingId?.Value, settingName,
            account.IsActive, account.ClosedReason, account.InvitedAt, account.Version);
    }
}

/// <summary>What partners are told, and where the link takes them: never a child's name, only the case's reference at most.</summary>
public static class PartnerNotifications
{
    public const string Invited = "partner-invited";
    public const string Waiting = "partner-request-waiting";
    public const string DueSoon = "partner-request-due-soon";
    public const string Overdue = "partner-request-overdue";
    public const string Declined = "partner-request-declined";
    public const string Answered = "partner-request-answered";
    public const string Question = "partner-question";
    public const string StartLink = "/partner";

    public static string RequestLink(Guid partnerRequestId) => $"/partner/requests/{partnerRequestId}";
}

/// <summary>The record that a reminder step of a partner's request was sent to a recipient: its key makes each happen once per due date.</summary>
public sealed class PartnerReminderDelivery
{
    private PartnerReminderDelivery() => Step = string.Empty;

    public Guid PartnerRequestId { get; private set; }
    public string Step { get; private set; }
    public DateOnly DueOn { get; private set; }
    public Domain.Users.UserId RecipientId { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    public static PartnerReminderDelivery Create(Guid partnerRequestId, string step, DateOnly dueOn, Domain.Users.UserId recipientId, DateTimeOffset at) =>
        new() { PartnerRequestId = partnerRequestId, Step = step, DueOn = dueOn, RecipientId = recipientId, SentAt = at };
}
