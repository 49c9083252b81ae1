using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Provision;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Admin.Settings;

/// <summary>
/// An administrator corrects or updates a setting. The form carries the version it was read at, so a change made by
/// someone else in the meantime is never overwritten, and sending the same form twice changes it once.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class ChangeModel(ISender sender) : SettingFormPage(sender)
{
    public const string StaleMessage =
        "Someone else changed this setting after you opened this page, so nothing was saved. The form now shows the setting as it is: make your changes again. If you had just pressed the button, your change was already saved.";

    public SettingView Setting { get; private set; } = null!;

    [BindProperty]
    public int? Version { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        Fill(Setting);
        Version = Setting.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        var f = Read();
        var command = ChangeSetting.Command.Of(id, Version, f);
        var stale = false;
        var (succeeded, _) = await TrySendAsync<ChangeSetting.Result>(
            async () =>
            {
                try
                {
                    return await Sender.Send(command, cancellationToken);
                }
                catch (ConcurrencyConflictException)
                {
                    stale = true;
                    throw new DomainRuleException("stale-version", StaleMessage);
                }
            });
        if (stale)
        {
            Setting = await Sender.Send(new GetSetting.Query(id), cancellationToken);

            // A second press of the same form finds its own change already saved: nothing to report.
            succeeded = ValuesOf(Setting) == f;
            if (!succeeded)
            {
                // Shown as it is now, so that pressing again cannot overwrite the other change.
                Fill(Setting);
                Version = Setting.Version;
            }
            else
            {
                ModelState.Clear();
            }
        }

        if (!succeeded)
        {
            return Page();
        }

        TempData.Success($"{command.Name} is changed.");
        return RedirectToPage("/Admin/Settings/Setting", new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Setting = await Sender.Send(new GetSetting.Query(id), cancellationToken);
        await LoadSectorsAsync(cancellationToken);
    }
}
