namespace PanelCaseManager.Web.Ui;

/// <summary>The GOV.UK pagination component's model: the pages to link to, with gaps where pages are skipped.</summary>
public sealed record Pagination(int Current, int TotalPages, Func<int, string> LinkTo)
{
    /// <summary>The first, the last and the two either side of the current page; null marks a gap.</summary>
    public IReadOnlyList<int?> Pages
    {
        get
        {
            var shown = Enumerable.Range(1, TotalPages).Where(p => p == 1 || p == TotalPages || Math.Abs(p - Current) <= 1).ToList();
            var pages = new List<int?>();
            for (var i = 0; i < shown.Count; i++)
            {
                if (i > 0 && shown[i] - shown[i - 1] > 1)
                {
                    pages.Add(null);
                }

                pages.Add(shown[i]);
            }

            return pages;
        }
    }
}
