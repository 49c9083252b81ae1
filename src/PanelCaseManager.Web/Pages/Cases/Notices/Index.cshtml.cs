using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.Notices;

/// <summary>
/// An officer chooses which decision the family can appeal has been made on the case: the notices the case allows
/// now, and those it does not with the reason, from the same rules that decide when one is sent.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public IReadOnlyList<GetNoticeChoices.Choice> Choices { get; private set; } = [];

    public CaseTabs Tabs => new(Case, "letters");

    [BindProperty]
    public string? Notice { get; set; }

    public IReadOnlyList<GetNoticeChoices.Choice> Available => Choices.Where(c => c.CanSend).ToList();

    public IReadOnlyList<GetNoticeChoices.Choice> Unavailable => Choices.Where(c => !c.CanSend).ToList();

    public IReadOnlyList<Choice> NoticeChoices =>
        Available.Select(c => new Choice(Api.LetterTemplatesApi.RouteName(c.Notice), c.Description, $"The family can appeal about {c.WhatTheFamilyCanAppeal}.")).ToList();

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (NoticeRoutes.FromRoute(Notice) is not { } notice || Available.All(c => c.Notice != notice))
        {
            ModelState.AddModelError("notice", "Choose what has been decided.");
            return Page();
        }

        return Redirect(NoticeRoutes.Href(Url, id, notice));
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Choices = await sender.Send(new GetNoticeChoices.Query(id), cancellationToken);
    }
}
