using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PanelCaseManager.Web.Pages.About;

/// <summary>How to reach the council's SEND team: open to anyone, signed in or not, and linked from every page's footer.</summary>
[AllowAnonymous]
public sealed class ContactModel : PageModel;

/// <summary>The privacy notice: what the service holds about a child and family, why, who sees it, how long it is kept, their rights.</summary>
[AllowAnonymous]
public sealed class PrivacyModel : PageModel;

/// <summary>The accessibility statement (Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018).</summary>
[AllowAnonymous]
public sealed class AccessibilityModel : PageModel;
