using Mediator;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages;

/// <summary>
/// The chair's part of the home page: the next meeting they chair and the decisions waiting for their sign-off
/// (<see cref="GetChairWork"/>). Shown only to a chair; its query refuses anyone else.
/// </summary>
public sealed class ChairHomeViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (Navigation.RoleOf(UserClaimsPrincipal) != Role.PanelChair)
        {
            return Content(string.Empty);
        }

        var work = await sender.Send(new GetChairWork.Query(), HttpContext.RequestAborted);
        return View(work);
    }
}
