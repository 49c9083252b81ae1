using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Consultations;
using PanelCaseManager.Application.Features.Evidence;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Web.Ui;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases;

/// <summary>
/// An officer puts an advice request before a professional, or a consultation before its setting, choosing what the
/// partner may see: sections of the request and documents of the case's evidence. Nothing is shared unless ticked.
/// </summary>
[Authorize(Policy = Policies.ManageCases)]
public abstract class SharePartnerModel(ISender sender) : PageModel
{
    protected ISender Sender { get; } = sender;

    public GetPlacementRequest.Details Case { get; private set; } = null!;

    public IReadOnlyList<GetCaseEvidence.DocumentView> Documents { get; private set; } = [];

    public CaseTabs Tabs => new(Case, TabName);

    public abstract string TabName { get; }

    public abstract string What { get; }

    public abstract string BackHref { get; }

    [BindProperty]
    public List<string> Sections { get; set; } = [];

    [BindProperty]
    public List<Guid> DocumentIds { get; set; } = [];

    [BindProperty]
    public Guid? FormToken { get; set; }

    public IReadOnlyList<Choice> SectionChoices { get; } =
        Enum.GetValues<SharedSection>().Where(s => s != SharedSection.None).Select(s => new Choice(s.ToString(), s.Describe())).ToList();

    protected async Task LoadCaseAsync(Guid id, CancellationToken cancellationToken)
    {
        Case = await Sender.Send(new GetPlacementRequest.Query(id), cancellationToken);
        Documents = (await Sender.Send(new GetCaseEvidence.Query(id), cancellationToken)).Documents;
    }

    protected IReadOnlyList<SharedSection> ChosenSections() =>
        Sections.Select(s => FormEnum.Parse<SharedSection>(s) is { } v && v != SharedSection.None ? v : (SharedSection?)null)
            .OfType<SharedSection>().Distinct().ToList();

    protected async Task<IActionResult> SendAsync(AskPartner.Command command, string done, CancellationToken cancellationToken)
    {
        var (succeeded, _) = await ModelState.TrySendAsync(async () => await Sender.Send(command with { IdempotencyKey = $"partner-share-form:{FormToken:N}" }, cancellationToken), whenResent: "This form was already used. Check the case before sending it again.");
        if (!succeeded)
        {
            FormToken = Guid.NewGuid();
            return Page();
        }

        TempData.Success(done);
        return Redirect(BackHref);
    }
}

/// <summary>An advice request put before a professional of its agency.</summary>
public sealed class ShareAdviceModel(ISender sender) : SharePartnerModel(sender)
{
    public GetCaseEvidence.AdviceView Advice { get; private set; } = null!;

    public IReadOnlyList<Choice> PartnerChoices { get; private set; } = [];

    [BindProperty]
    public string? PartnerId { get; set; }

    public override string TabName => "advice";

    public override string What => $"Ask for {Advice.AgencyName()} advice in the service";

    public override string BackHref => Url.To("/Cases/Advice/Index", new { id = Case.Id });

    public async Task OnGetAsync(Guid id, Guid adviceRequestId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, adviceRequestId, cancellationToken);
        FormToken = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid adviceRequestId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, adviceRequestId, cancellationToken);
        FormToken ??= Guid.NewGuid();
        return await SendAsync(
            new AskPartner.Command(id, adviceRequestId, null, string.IsNullOrWhiteSpace(PartnerId) ? null : PartnerId, ChosenSections(), DocumentIds),
            "The request for advice is waiting for the professional in the service. They have been told by email.",
            cancellationToken);
    }

    private async Task LoadAsync(Guid id, Guid adviceRequestId, CancellationToken cancellationToken)
    {
        await LoadCaseAsync(id, cancellationToken);
        Advice = (await Sender.Send(new GetCaseEvidence.Query(id), cancellationToken)).Advice.FirstOrDefault(a => a.Id == adviceRequestId)
                 ?? throw new NotFoundException("Advice request", adviceRequestId);
        var partners = await Sender.Send(new ListPartners.Query(Advice.Agency, null, ActiveOnly: true), cancellationToken);
        PartnerChoices = [new(string.Empty, "Choose the professional"), .. partners.Select(p => new Choice(p.Id, $"{p.DisplayName} ({p.Email})"))];
    }
}

/// <summary>A consultation put before the setting it names, through its URN in the catalogue.</summary>
public sealed class ShareConsultationModel(ISender sender) : SharePartnerModel(sender)
{
    public ListConsultations.Summary Consultation { get; private set; } = null!;

    public override string TabName => "consultations";

    public override string What => $"Send the consultation to {Consultation.SettingName} in the service";

    public override string BackHref => Url.To("/Cases/Consultations", new { id = Case.Id });

    public async Task OnGetAsync(Guid id, Guid consultationId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, consultationId, cancellationToken);
        FormToken = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid consultationId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, consultationId, cancellationToken);
        FormToken ??= Guid.NewGuid();
        return await SendAsync(
            new AskPartner.Command(id, null, consultationId, null, ChosenSections(), DocumentIds),
            $"The consultation is waiting for {Consultation.SettingName} in the service. Its contacts have been told by email.",
            cancellationToken);
    }

    private async Task LoadAsync(Guid id, Guid consultationId, CancellationToken cancellationToken)
    {
        await LoadCaseAsync(id, cancellationToken);
        Consultation = (await Sender.Send(new ListConsultations.Query(id), cancellationToken)).FirstOrDefault(c => c.Id == consultationId)
                       ?? throw new NotFoundException("Consultation", consultationId);
    }
}
