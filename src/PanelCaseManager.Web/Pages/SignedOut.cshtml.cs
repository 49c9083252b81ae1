using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PanelCaseManager.Web.Pages;

[AllowAnonymous]
public sealed class SignedOutModel : PageModel;
