using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>The case's path as a timeline, newest first: when it was received and every move since, by whom and why.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class HistoryModel(ISender sender) : PageModel
{
    public sealed record Entry(string Title, string? By, DateTimeOffset At, IReadOnlyList<string> Lines);

    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "history");

    public IReadOnlyList<Entry> Entries { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        var moves = Case.StageHistory.Select(s => new Entry(
            s.To.Describe(),
            s.By,
            s.At,
            Lines(s)));
        var received = new Entry("Request logged", null, Case.SubmittedAt, [$"Received on {Display.Date(Case.ReceivedDate)}. {Case.Type.Describe()}."]);
        Entries = moves.Reverse().Append(received).ToList();
    }

    private static List<string> Lines(GetPlacementRequest.StageChangeView change)
    {
        var lines = new List<string> { $"Moved from '{change.From.Describe()}': {change.Transition.Describe()}." };
        if (change.Trigger is { } trigger)
        {
            lines.Add($"Prompted by: {trigger.Describe()}{(change.TriggerDate is { } date ? $" on {Display.Date(date)}" : string.Empty)}.");
        }

        if (!string.IsNullOrWhiteSpace(change.Reason))
        {
            lines.Add($"Reason: {change.Reason}");
        }

        return lines;
    }
}
