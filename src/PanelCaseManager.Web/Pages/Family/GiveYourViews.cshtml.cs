using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Family;

/// <summary>A parent, carer or young person writes down their views, or their child's, for the panel to read.</summary>
[Authorize(Policy = Policies.Family)]
public sealed class GiveYourViewsModel(ISender sender) : PageModel
{
    public GetFamilyCase.View Case { get; private set; } = null!;

    [BindProperty]
    public string? Voice { get; set; }

    [BindProperty]
    public string? WhatMatters { get; set; }

    [BindProperty]
    public string? HopesAndAspirations { get; set; }

    [BindProperty]
    public string? HowBestSupported { get; set; }

    public IReadOnlyList<Choice> VoiceChoices { get; } =
    [
        new(nameof(Domain.Evidence.Voice.Family), "My views, as a parent or carer"),
        new(nameof(Domain.Evidence.Voice.Child), "My child's own views, in their words", "You can write them down for your child."),
    ];

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Case = await sender.Send(new GetFamilyCase.Query(id), cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetFamilyCase.Query(id), cancellationToken);
        Voice? voice = FormEnum.Parse<Voice>(Voice);
        var command = new GiveYourViews.Command(id, voice, Trimmed(WhatMatters), Trimmed(HopesAndAspirations), Trimmed(HowBestSupported));
        var (succeeded, _) = await ModelState.TrySendAsync(() => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded)
        {
            return Page();
        }

        TempData.Success("Thank you. Your views are saved, and the panel will read them.");
        return RedirectToPage("/Family/Request", new { id });
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
