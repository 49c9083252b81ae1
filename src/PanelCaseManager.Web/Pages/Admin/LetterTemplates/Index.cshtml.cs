using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Web.Pages.Admin.LetterTemplates;

/// <summary>An administrator lists the wording of each outcome's decision letter: its current version and who saved it.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ListLetterTemplates.Summary> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Templates = await sender.Send(new ListLetterTemplates.Query(), cancellationToken);
}
