using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Panels;

/// <summary>A panel meeting: its members, attendance and agenda, with each case's quorum, conflicts, views and decision.</summary>
[Authorize(Policy = Policies.ReadCases)]
public sealed class MeetingModel(ISender sender) : PageModel
{
    public GetPanelMeeting.Details Meeting { get; private set; } = null!;

    public bool IsChair => Navigation.RoleOf(User) == Role.PanelChair;

    public bool SitsOnPanel => Navigation.RoleOf(User) is Role.PanelMember or Role.PanelChair;

    /// <summary>The agenda in order: each case the caller may read, and the others by their reference only.</summary>
    public IReadOnlyList<AgendaRow> Rows =>
        Meeting.Agenda.Select(a => new AgendaRow(a.Position, a, null))
            .Concat(Meeting.Withheld.Select(w => new AgendaRow(w.Position, null, w)))
            .OrderBy(r => r.Position)
            .ToList();

    /// <summary>Members and chairs read a case's papers once they are frozen; staff who may read the case, as they are.</summary>
    public bool CanReadPapers(GetPanelMeeting.AgendaEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return !SitsOnPanel || entry.Papers is not null;
    }

    public static string Explain(GetPanelMeeting.WithheldBecause because) => because switch
    {
        GetPanelMeeting.WithheldBecause.ConflictOfInterest => "You declared a conflict of interest in this case: you take no part in it, and its papers, views and decision are not shown to you.",
        GetPanelMeeting.WithheldBecause.PapersClosed => "This meeting's papers are closed to its members now.",
        _ => "Another team's case: its details are not shown to you.",
    };

    public sealed record AgendaRow(int Position, GetPanelMeeting.AgendaEntry? Entry, GetPanelMeeting.WithheldEntry? Withheld);

    /// <summary>An officer may freeze the papers once the cut-off has passed and a case on the agenda has none yet.</summary>
    public bool CanFreezePapers => Navigation.ManagesCases(User) && Meeting.PastCutOff && Meeting.Agenda.Any(a => a.Papers is null);

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Meeting = await sender.Send(new GetPanelMeeting.Query(id), cancellationToken);

    /// <summary>Freezes the papers of every case on the agenda (those already frozen stay as they are).</summary>
    public async Task<IActionResult> OnPostFreezePapersAsync(Guid id, CancellationToken cancellationToken)
    {
        var (succeeded, result) = await ModelState.TrySendAsync(() => sender.Send(new FreezePapers.Command(id), cancellationToken).AsTask());
        if (!succeeded)
        {
            Meeting = await sender.Send(new GetPanelMeeting.Query(id), cancellationToken);
            return Page();
        }

        TempData.Success(result!.Packs.Count == 1
            ? "The papers of the case on the agenda are frozen: members can read them now."
            : $"The papers of the {result.Packs.Count} cases on the agenda are frozen: members can read them now.");
        return RedirectToPage("/Panels/Meeting", new { id });
    }
}
