using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Family;

/// <summary>One of the family's requests: where it is, what happens next and by when, their choices, views and letters.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class RequestModel(ISender sender) : PageModel
{
    public GetFamilyCase.View Case { get; private set; } = null!;

    public GetWhatHappensNext.Result Next { get; private set; } = null!;

    public IReadOnlyList<IssuedLetterView> Letters { get; private set; } = [];

    /// <summary>The family's mediation and appeal: the page about them is linked only when one is recorded.</summary>
    public GetYourMediationAndAppeal.Result? Disagreement { get; private set; }

    /// <summary>
    /// The last day to appeal a notice: the statutory clock's, which moves on when a mediation certificate gives
    /// longer, for the latest notice; the date the notice gave for an earlier one.
    /// </summary>
    public DateOnly? AppealBy(IssuedLetterView letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var latest = Letters.Where(l => l.IsNotice).MaxBy(l => l.IssuedAt);
        var window = Next.Ahead.Concat(Next.Done).FirstOrDefault(d => d.Kind == Domain.Timeliness.MilestoneKind.AppealWindow)?.By;
        return latest?.Id == letter.Id && window is not null ? window : letter.AppealDeadline;
    }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetFamilyCase.Query(id), cancellationToken);
        Next = await sender.Send(new GetWhatHappensNext.Query(id), cancellationToken);
        Letters = await sender.Send(new ListCaseLetters.Query(id), cancellationToken);
        Disagreement = await sender.Send(new GetYourMediationAndAppeal.Query(id), cancellationToken);
    }
}
