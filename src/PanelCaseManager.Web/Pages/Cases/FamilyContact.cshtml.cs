using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>An officer records whom the family's letters are written to, and where; changing it is checked against the version read.</summary>
[Authorize(Policy = Policies.ManageCases)]
public sealed class FamilyContactModel(ISender sender) : PageModel
{
    public const int AddressLineFields = FamilyContact.MaximumAddressLines;

    /// <summary>The choices, with when the child becomes a young person who is written to in their own right (CFA 2014 s.83(2)).</summary>
    public IReadOnlyList<Choice> Roles =>
    [
        new(nameof(ContactRole.ParentOrCarer), "A parent or carer", null),
        new(nameof(ContactRole.YoungPerson), "The young person",
            Case.Child.IsYoungPerson
                ? $"Over compulsory school age since {Display.Date(Case.Child.YoungPersonFrom)}: they make their own decisions"
                : $"Not yet: a young person is over compulsory school age, from {Display.Date(Case.Child.YoungPersonFrom)} for this child"),
    ];

    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public CaseTabs Tabs => new(Case, "letters");

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Salutation { get; set; }

    [BindProperty]
    public List<string?> AddressLines { get; set; } = [];

    [BindProperty]
    public string? Postcode { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public string? AddressLine(int index) => index < AddressLines.Count ? AddressLines[index] : null;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        try
        {
            var contact = await sender.Send(new GetFamilyContact.Query(id), cancellationToken);
            (Version, Name, Role, Salutation, AddressLines, Postcode, Email) =
                (contact.Version, contact.Name, contact.Role.ToString(), contact.Salutation, contact.AddressLines.ToList<string?>(), contact.Postcode, contact.Email);
        }
        catch (NotFoundException)
        {
            Version = null;
        }
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var lines = AddressLines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim()).ToList();
        ContactRole? role = FormEnum.Parse<ContactRole>(Role);
        var (succeeded, _) = await ModelState.TrySendAsync(
            () => sender.Send(
                new RecordFamilyContact.Command(id, Version, Name?.Trim(), role, string.IsNullOrWhiteSpace(Salutation) ? null : Salutation.Trim(), lines,
                    Postcode?.Trim(), string.IsNullOrWhiteSpace(Email) ? null : Email.Trim()),
                cancellationToken).AsTask(),
            field => field switch
            {
                "addressLines" => "addressLines[0]",
                _ => field,
            });
        if (!succeeded)
        {
            Case = await sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
            return Page();
        }

        TempData.Success($"The family's letters will be written to {Name!.Trim()}.");
        return RedirectToPage("/Cases/Letters", new { id });
    }
}
