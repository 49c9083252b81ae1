using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Features.Timeliness;

/// <summary>The bank holidays of England and Wales the service counts working days with.</summary>
public static class ListBankHolidays
{
    [RequiresPolicy(Policies.SignedIn)]
    public sealed record Query(int? Year) : IQuery<IReadOnlyList<Holiday>>;

    public sealed record Holiday(DateOnly Date, string Title);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("Give a year between 2000 and 2100.");
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, IReadOnlyList<Holiday>>
    {
        public async ValueTask<IReadOnlyList<Holiday>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var holidays = db.BankHolidays.AsNoTracking();
            if (query.Year is { } year)
            {
                holidays = holidays.Where(h => h.Date >= new DateOnly(year, 1, 1) && h.Date <= new DateOnly(year, 12, 31));
            }

            return await holidays.OrderBy(h => h.Date).Select(h => new Holiday(h.Date, h.Title)).ToListAsync(cancellationToken);
        }
    }
}
