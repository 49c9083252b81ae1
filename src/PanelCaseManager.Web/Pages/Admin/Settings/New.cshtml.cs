using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.Settings;

/// <summary>An administrator adds a setting to the catalogue. The form's token makes a second press add it once.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class NewModel(ISender sender) : SettingFormPage(sender)
{
    [BindProperty]
    public Guid? FormToken { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadSectorsAsync(cancellationToken);
        FormToken = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadSectorsAsync(cancellationToken);
        FormToken ??= Guid.NewGuid();
        var f = Read();
        var command = f with { IdempotencyKey = $"add-setting-form:{FormToken:N}" };
        var (succeeded, result) = await TrySendAsync<AddSetting.Result>(async () => await Sender.Send(command, cancellationToken), whenResent: "This form was already sent with other answers, and that setting was added. Check the catalogue before you add another.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            // The URN check runs before a resent form is recognised: the same form pressed twice finds its setting already there.
            var added = await AlreadyAddedAsync(f, cancellationToken);
            if (added is null)
            {
                return Page();
            }

            return RedirectToPage("/Admin/Settings/Setting", new { id = added.Id });
        }

        TempData.Success($"{command.Name} (URN {result!.Urn}) is in the catalogue.");
        return RedirectToPage("/Admin/Settings/Setting", new { id = result.Id });
    }

    private async Task<SettingView?> AlreadyAddedAsync(AddSetting.Command values, CancellationToken cancellationToken)
    {
        if (values.Urn is null || ModelState.Count(e => e.Value is { Errors.Count: > 0 }) != 1 || ModelState["urn"] is not { Errors.Count: > 0 })
        {
            return null;
        }

        var found = await Sender.Send(new ListSettings.Query(null, null, values.Urn, null, 1, 1), cancellationToken);
        return found.Items is [var setting] && ValuesOf(setting) == values ? setting : null;
    }
}
