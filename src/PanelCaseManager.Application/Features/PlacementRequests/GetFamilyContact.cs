using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>Whom the case's letters are written to, and where they are sent.</summary>
public static class GetFamilyContact
{
    [RequiresPolicy(Policies.ReadCases)]
    public sealed record Query(Guid PlacementRequestId) : IQuery<View>, ICaseScoped;

    /// <param name="Greeting">How the letter greets them.</param>
    /// <param name="PostalAddress">The lines printed in the envelope window.</param>
    public sealed record View(
        Guid PlacementRequestId,
        string Name,
        ContactRole Role,
        string? Salutation,
        string Greeting,
        IReadOnlyList<string> AddressLines,
        string Postcode,
        string? Email,
        IReadOnlyList<string> PostalAddress,
        string RecordedBy,
        DateTimeOffset RecordedAt,
        int Version);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, View>
    {
        public async ValueTask<View> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var caseId = new PlacementRequestId(query.PlacementRequestId);
            var contact = await db.FamilyContacts.AsNoTracking().SingleOrDefaultAsync(c => c.PlacementRequestId == caseId, cancellationToken)
                          ?? throw new NotFoundException("Family contact of placement request", query.PlacementRequestId);
            var recordedBy = await db.Users.AsNoTracking().Where(u => u.Id == contact.RecordedBy).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
                             ?? contact.RecordedBy.Value;
            return new View(
                query.PlacementRequestId,
                contact.Name,
                contact.Role,
                contact.Salutation,
                contact.Greeting,
                contact.AddressLines,
                contact.Postcode.Value,
                contact.Email,
                contact.PostalAddress,
                recordedBy,
                contact.RecordedAt,
                contact.Version);
        }
    }
}
