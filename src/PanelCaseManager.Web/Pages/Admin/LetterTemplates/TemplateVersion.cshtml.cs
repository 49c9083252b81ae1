using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Admin.LetterTemplates;

/// <summary>One saved version of a letter's wording, as it was saved, with its preview.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class TemplateVersionModel(ISender sender) : PageModel
{
    public GetLetterTemplate.Details Template { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string outcome, int version, CancellationToken cancellationToken)
    {
        if (TemplateOutcomes.FromRoute(outcome) is not { } letterOutcome || version < 1)
        {
            return NotFound();
        }

        Template = await sender.Send(new GetLetterTemplate.Query(letterOutcome, version), cancellationToken);
        return Page();
    }
}
