namespace PanelCaseManager.Application.Common;

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount) : IReturnsCases
{
    public int TotalPages => TotalCount == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    /// <summary>The cases on this page, when its items are cases (each <see cref="ICaseScoped"/>).</summary>
    IReadOnlyCollection<Guid> IReturnsCases.ReturnedCaseIds => Items.OfType<ICaseScoped>().Select(i => i.PlacementRequestId).Distinct().ToList();
}

public static class Paging
{
    /// <summary>
    /// The rows before a page: computed without overflowing, so a page far past the end (page 2,147,483,647) is an
    /// empty page, not an arithmetic error.
    /// </summary>
    public static int RowsBefore(int page, int pageSize) => (int)Math.Clamp((long)(page - 1) * pageSize, 0, int.MaxValue);
}
