using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Reports;

/// <summary>
/// Answers the freedom-of-information questions about the panel for any date: its terms of reference, quorum,
/// evidence cut-off and how it decides — including that suitability is always weighed before cost.
/// </summary>
public static class TermsOfReferenceInForce
{
    public const string TestOrder =
        "For each family preference of a setting, the panel considers each ground of s.39(4) of the Children and Families Act 2014 separately; "
        + "the service refuses a decision that weighs the efficient use of resources before suitability, or that refuses a preference without a ground that applies.";

    [RequiresPolicy(Policies.ReadReports)]
    public sealed record Query(DateOnly? On) : IQuery<Terms>;

    public sealed record Terms(
        DateOnly On,
        int Number,
        DateOnly EffectiveFrom,
        DateOnly? SupersededFrom,
        string Purpose,
        string DecisionMaking,
        IReadOnlyList<Agency> QuorumAgencies,
        int QuorumMinimumMembers,
        string Quorum,
        int EvidenceCutOffWorkingDays,
        TimeOnly EvidenceCutOffTime,
        string OrderOfTests,
        bool FromConfiguration,
        string AdoptedBy,
        DateTimeOffset AdoptedAt,
        IReadOnlyList<Version> AllVersions);

    public sealed record Version(int Number, DateOnly EffectiveFrom);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator() => RuleFor(q => q.On).GreaterThan(new DateOnly(2000, 1, 1)).WithMessage("Give a date after 2000.");
    }

    public sealed class Handler(PanelDbContext db, TimeProvider clock) : IQueryHandler<Query, Terms>
    {
        public async ValueTask<Terms> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var on = query.On ?? UkCalendar.Today(clock);
            var versions = await db.TermsOfReference.AsNoTracking()
                .OrderBy(t => t.EffectiveFrom).ThenBy(t => t.Number)
                .ToListAsync(cancellationToken);
            var terms = versions.LastOrDefault(t => t.EffectiveFrom <= on)
                        ?? throw new NotFoundException("Terms of reference in force on", on);
            var next = versions.FirstOrDefault(t => t.EffectiveFrom > on);
            var adoptedBy = await db.Users.AsNoTracking().Where(u => u.Id == terms.AdoptedBy).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
                            ?? terms.AdoptedBy.Value;
            return new Terms(
                on,
                terms.Number,
                terms.EffectiveFrom,
                next?.EffectiveFrom,
                terms.Purpose,
                terms.DecisionMaking,
                terms.QuorumAgencies,
                terms.QuorumMinimumMembers,
                terms.Quorum.Describe(),
                terms.EvidenceCutOffWorkingDays,
                terms.EvidenceCutOffTime,
                TestOrder,
                terms.FromConfiguration,
                adoptedBy,
                terms.AdoptedAt,
                versions.Select(v => new Version(v.Number, v.EffectiveFrom)).ToList());
        }
    }
}
