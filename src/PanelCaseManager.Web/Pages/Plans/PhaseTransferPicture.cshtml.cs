using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Plans;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Plans;

/// <summary>
/// The team manager's phase transfer picture for a September (docs/adr/0265): per phase and in total, the children of
/// the team's cohort on track, at risk and late, and the amended plans issued by the statutory date, including and
/// excluding exceptions, as charts drawn on the server with their tables (docs/adr/0138), and as CSV. Seen by those who
/// see the cohort; another team is not found.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class PhaseTransferPictureModel(ISender sender, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "september")]
    public int? September { get; set; }

    [BindProperty(SupportsGet = true, Name = "team")]
    public string? Team { get; set; }

    public GetPhaseTransferPicture.Picture? Picture { get; private set; }

    public IReadOnlyList<Choice> SeptemberChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The same picture as CSV; or the page with what is wrong with the September.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Picture is null)
        {
            return Page();
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"phase-transfers-{Picture.September}.csv");
        return File(Encoding.UTF8.GetBytes(GetPhaseTransferPicture.ToCsv(Picture)), "text/csv", name);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var today = UkCalendar.Today(clock);
        var next = today.Month >= 9 ? today.Year + 1 : today.Year;
        September ??= next;
        SeptemberChoices = Enumerable.Range(next - 2, 4).Append(September.Value).Distinct().Order()
            .Select(y => new Choice(y.ToString(CultureInfo.InvariantCulture), $"September {y}")).ToList();
        var (succeeded, picture) = await ModelState.TrySendAsync(
            () => sender.Send(new GetPhaseTransferPicture.Query(September.Value, Team), cancellationToken).AsTask());
        Picture = succeeded ? picture : null;
    }

    public SvgBarChart StandingChart(GetPhaseTransferPicture.Picture picture) => new()
    {
        Id = "chart-standing",
        Title = "Where the transfers stand, by phase",
        Description = $"For each phase of the move in September {picture.September} and in total, the number of children on track, at risk and late. The table beside the chart gives the same figures.",
        SeriesList = [new("On track", "app-chart__bar--2"), new("At risk", "app-chart__bar--3"), new("Late", "app-chart__bar--4")],
        Groups = picture.Phases.Append(picture.Total).Select(r => new SvgBarChart.Group(r.Name, [r.OnTrack, r.AtRisk, r.Late])).ToList(),
        Format = v => v.ToString("0", CultureInfo.InvariantCulture),
    };

    public SvgBarChart IssuedChart(GetPhaseTransferPicture.Picture picture) => new()
    {
        Id = "chart-issued",
        Title = "Amended plans issued by the statutory date",
        Description = $"For each phase of the move in September {picture.September} and in total, the share of children whose amended plan was issued by the statutory date, including and excluding transfers to which an exception applies. The table beside the chart gives the same figures.",
        SeriesList = [new("Including exceptions", "app-chart__bar--1"), new("Excluding exceptions", "app-chart__bar--2")],
        Groups = picture.Phases.Append(picture.Total).Select(r => new SvgBarChart.Group(r.Name, [r.IncludingExceptions.Percentage, r.ExcludingExceptions.Percentage])).ToList(),
        Maximum = 100,
        Format = SvgBarChart.Percent,
    };

    public static string Share(GetPhaseTransferPicture.Issued issued) =>
        issued.Percentage is { } p ? $"{issued.IssuedByDeadline} of {issued.Children} ({SvgBarChart.Percent(p)})" : "No children";
}
