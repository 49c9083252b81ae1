namespace PanelCaseManager.Application.Common;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount) : IReturnsCases
{
    public int TotalPages => TotalCount == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    /// <summary>The cases on this page, when its items are cases (each <see cref="ICaseScoped"/>).</summary>
    IReadOnlyCollection<Guid> IReturnsCases.ReturnedCaseIds => Items.OfType<ICaseScoped>().Select(i => i.PlacementRequestId).Distinct().ToList();
}
