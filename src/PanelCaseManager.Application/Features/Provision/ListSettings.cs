using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Provision;

namespace PanelCaseManager.Application.Features.Provision;

/// <summary>The settings catalogue, filtered by sector, kind, area or text, a page at a time in name order.</summary>
public static class ListSettings
{
    public const int MaximumPageSize = 200;
    public const int DefaultPageSize = 50;

    /// <param name="Sector">A sector code.</param>
    /// <param name="Kind">A kind of provision, e.g. "SpecialSchool".</param>
    /// <param name="Text">Part of a setting's name, or its URN.</param>
    /// <param name="InAuthorityArea">true for settings in the authority's area, false for those outside it.</param>
    [RequiresPolicy(Policies.ReadCatalogue)]
    [ReadsNoPersonalData]
    public sealed record Query(string? Sector, string? Kind, string? Text, bool? InAuthorityArea, int? Page, int? PageSize) : IQuery<PagedResult<SettingView>>;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Kind)
                .Must(k => Enum.TryParse<ProvisionKind>(k, ignoreCase: true, out var kind) && Enum.IsDefined(kind))
                .WithMessage($"Unknown kind of provision. Use one of {string.Join(", ", Enum.GetNames<ProvisionKind>())}.")
                .When(q => !string.IsNullOrEmpty(q.Kind));
            RuleFor(q => q.Sector).MaximumLength(Sector.CodeMaxLength).WithMessage("That is not a sector code.");
            RuleFor(q => q.Text).MaximumLength(200).WithMessage("Search for 200 characters or fewer.");
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithMessage("Pages are numbered from 1.");
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaximumPageSize).WithMessage($"A page holds 1 to {MaximumPageSize} settings.");
        }
    }

    public sealed class Handler(PanelDbContext db) : IQueryHandler<Query, PagedResult<SettingView>>
    {
        public async ValueTask<PagedResult<SettingView>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var page = query.Page ?? 1;
            var pageSize = query.PageSize ?? DefaultPageSize;

            var rows =
                from setting in db.Settings.AsNoTracking()
                join sector in db.Sectors on setting.SectorId equals sector.Id
                select new { Setting = setting, sector.Code, sector.Name };

            if (!string.IsNullOrEmpty(query.Sector))
            {
                rows = rows.Where(r => r.Code == query.Sector);
            }

            if (!string.IsNullOrEmpty(query.Kind))
            {
                var kind = Enum.Parse<ProvisionKind>(query.Kind, ignoreCase: true);
                rows = rows.Where(r => r.Setting.Kind == kind);
            }

            if (query.InAuthorityArea is { } inArea)
            {
                rows = rows.Where(r => r.Setting.InAuthorityArea == inArea);
            }

            if (!string.IsNullOrWhiteSpace(query.Text))
            {
                var text = query.Text.Trim();
                if (Urn.TryParse(text, out var urn))
                {
                    rows = rows.Where(r => r.Setting.Urn == urn!);
                }
                else
                {
                    // Upper-cased on both sides: PostgreSQL's LIKE, unlike SQLite's and SQL Server's, minds case.
                    var pattern = $"%{EscapeLike(text.ToUpperInvariant())}%";
#pragma warning disable CA1304, CA1311 // ToUpper here is translated to SQL's UPPER, not run in .NET.
                    rows = rows.Where(r => EF.Functions.Like(r.Setting.Name.ToUpper(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
                }
            }

            var total = await rows.CountAsync(cancellationToken);
            var items = await rows
                .OrderBy(r => r.Setting.Name).ThenBy(r => r.Setting.Urn)
                .Skip(Paging.RowsBefore(page, pageSize))
                .Take(pageSize)
                .ToListAsync(cancellationToken);
            return new PagedResult<SettingView>(items.Select(r => SettingView.From(r.Setting, r.Code, r.Name)).ToList(), page, pageSize, total);
        }

        private static string EscapeLike(string text) =>
            text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
    }
}
