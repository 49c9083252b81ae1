using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>
/// An officer records whom the family's letters are written to — a parent or carer, or the young person — with the
/// postal address and an email address. Recording it again changes it, against the version read.
/// </summary>
public static class RecordFamilyContact
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid PlacementRequestId,
        int? ExpectedVersion,
        string? Name,
        ContactRole? Role,
        string? Salutation,
        IReadOnlyList<string>? AddressLines,
        string? Postcode,
        string? Email) : ICommand<Result>, ICaseScoped;

    public sealed record Result(Guid PlacementRequestId, bool Changed, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.ExpectedVersion).GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.Name)
                .NotEmpty().WithMessage("Enter the name of the person the letters are written to, as it should appear on the envelope.")
                .MaximumLength(FamilyContact.NameMaxLength).WithMessage($"The name must be {FamilyContact.NameMaxLength} characters or fewer.");
            RuleFor(c => c.Role).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage($"Say who this is: {string.Join(" or ", Enum.GetNames<ContactRole>())}.")
                .IsInEnum().WithMessage($"Say who this is: {string.Join(" or ", Enum.GetNames<ContactRole>())}.");
            RuleFor(c => c.Salutation).MaximumLength(FamilyContact.SalutationMaxLength).WithMessage($"The greeting must be {FamilyContact.SalutationMaxLength} characters or fewer.");
            RuleFor(c => c.AddressLines)
                .NotEmpty().WithMessage("Enter the address, a line at a time, without the postcode.")
                .Must(lines => lines!.Count <= FamilyContact.MaximumAddressLines)
                .WithMessage($"An address has at most {FamilyContact.MaximumAddressLines} lines before the postcode, to fit the envelope window.");
            RuleForEach(c => c.AddressLines)
                .NotEmpty().WithMessage("An address line cannot be empty.")
                .MaximumLength(FamilyContact.AddressLineMaxLength).WithMessage($"Each line of the address must be {FamilyContact.AddressLineMaxLength} characters or fewer.")
                .Must(line => line is null || !line.Any(char.IsControl)).WithMessage("An address line is one line of text.");
            RuleFor(c => c.Postcode)
                .NotEmpty().WithMessage("Enter the postcode.")
                .Must(p => Domain.Children.Postcode.TryParse(p, out _)).WithMessage("Enter a UK postcode, like SG1 2AB.")
                .When(c => c.Postcode is not null, ApplyConditionTo.CurrentValidator);
            RuleFor(c => c.Email)
                .MaximumLength(FamilyContact.EmailMaxLength).WithMessage($"The email address must be {FamilyContact.EmailMaxLength} characters or fewer.")
                .EmailAddress().WithMessage("Enter an email address like name@example.com, or leave it out.")
                .When(c => !string.IsNullOrWhiteSpace(c.Email));
        }
    }

    public sealed class Handler(PanelDbContext db, TimelinessRules rules, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var child = await (
                    from p in db.PlacementRequests.AsNoTracking()
                    join c in db.Children.AsNoTracking() on p.ChildId equals c.Id
                    where p.Id == caseId
                    select c)
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("Placement request", command.PlacementRequestId);
            var details = new FamilyContactDetails(
                command.Name!,
                command.Role!.Value,
                command.Salutation,
                command.AddressLines!,
                Postcode.Parse(command.Postcode!),
                command.Email);
            var by = currentUser.Id;
            var now = clock.GetUtcNow();
            // A young person is over compulsory school age (CFA 2014 s.83(2)), not merely 16.
            var schoolLeaving = rules.Clock.SchoolLeaving;

            var contact = await db.FamilyContacts.SingleOrDefaultAsync(c => c.PlacementRequestId == caseId, cancellationToken);
            if (contact is null)
            {
                db.FamilyContacts.Add(FamilyContact.Record(caseId, details, child, schoolLeaving, by, now));
                return new Result(command.PlacementRequestId, false, 0);
            }

            if (command.ExpectedVersion is not { } expected)
            {
                throw new DomainRuleException(
                    "contact-exists",
                    $"The family's contact is already recorded (version {contact.Version}): send that version as expectedVersion to change it.");
            }

            contact.EnsureVersion(expected);
            contact.Change(details, child, schoolLeaving, by, now);
            // The unit of work moves the version on when it commits this change.
            return new Result(command.PlacementRequestId, true, contact.Version + 1);
        }
    }
}
