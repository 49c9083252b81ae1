using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>An administrator adds a sector, with its first profile as a draft to publish when it is ready.</summary>
public static class CreateSectorProfile
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(string? Code, ProvisionKind? Kind, SectorProfileInput? Content) : ICommand<SectorProfileChanged>, IIdempotentCommand
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, Sen2Catalogue sen2)
        {
            RuleFor(c => c.Code).NotEmpty().WithMessage("Enter a code for the sector, such as communication-and-autism.")
                .Must(Sector.IsValidCode).WithMessage($"A sector code is lower-case letters and digits joined by hyphens, up to {Sector.CodeMaxLength} characters.")
                .MustAsync(async (code, ct) => !await db.Sectors.AnyAsync(s => s.Code == code, ct)).WithMessage(c => $"The code '{c.Code}' is already used by another sector.")
                .When(c => !string.IsNullOrEmpty(c.Code), ApplyConditionTo.CurrentValidator);
            RuleFor(c => c.Kind).NotNull().WithMessage($"Choose the kind of provision this sector is: {string.Join(", ", Enum.GetNames<ProvisionKind>())}.");
            RuleFor(c => c.Content).NotNull().WithMessage("Give the profile's content.");
            RuleFor(c => c.Content!).SetValidator(new SectorProfileInputValidator(sen2)).When(c => c.Content is not null);
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, SectorProfileChanged>
    {
        public ValueTask<SectorProfileChanged> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var sector = Sector.Create(command.Code!, command.Kind!.Value, command.Content!.ToContent(), currentUser.Id, clock.GetUtcNow());
            db.Sectors.Add(sector);
            return ValueTask.FromResult(new SectorProfileChanged(sector.Id.Value, sector.Code, 1, ProfileStatus.Draft, null, sector.Version));
        }
    }
}
