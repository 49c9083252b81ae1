using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Partners;
using PanelCaseManager.Web.Ui;

namespace PanelCaseManager.Web.Pages.Partner;

/// <summary>
/// A setting answers a consultation (CFA 2014 s.39): whether it can meet the child's needs, what adjustments or
/// resources it would need and their cost, or the s.39(4) grounds on which it cannot, with its reasons; then it checks
/// its answers and sends them. The answer is the consultation's response, as the setting gave it.
/// </summary>
[Authorize(Policy = Policies.Partner)]
public sealed class ConsultationAnswerModel(ISender sender) : PageModel
{
    public const int AdjustmentRows = 5;

    public GetPartnerRequest.View Asked { get; private set; } = null!;

    /// <summary>"form" to answer, "check" to check the answers before sending.</summary>
    public string Step { get; private set; } = "form";

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty(Name = "response")]
    public string? Answer { get; set; }

    [BindProperty(Name = "adjustments")]
    public List<AdjustmentRow> Adjustments { get; set; } = [];

    [BindProperty]
    public List<string> Objections { get; set; } = [];

    [BindProperty]
    public string? Reasons { get; set; }

    public ConsultationResponse? ChosenResponse =>
        FormEnum.Parse<ConsultationResponse>(Answer);

    public IReadOnlyList<NamingObjection> ChosenObjections =>
        Objections.Select(o => FormEnum.Parse<NamingObjection>(o) is { } v && v != NamingObjection.None ? v : (NamingObjection?)null)
            .OfType<NamingObjection>().Distinct().ToList();

    public IEnumerable<(int Index, AdjustmentRow Row)> FilledAdjustments =>
        Adjustments.Select((row, index) => (index, row)).Where(a => !string.IsNullOrWhiteSpace(a.row.What) || !string.IsNullOrWhiteSpace(a.row.Cost));

    public async Task<IActionResult> OnGetAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        if (!Asked.CanRespond || Asked.Kind != PartnerRequestKind.Consultation)
        {
            return RedirectToPage("/Partner/Request", new { partnerRequestId });
        }

        Version = Asked.Version;
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        var command = Command(partnerRequestId);
        if (ChosenResponse is null)
        {
            ModelState.AddModelError("response", "Say whether the setting can meet the child's needs.");
        }
        else if (ChosenResponse == ConsultationResponse.CanMeetNeedsWithConditions && !FilledAdjustments.Any())
        {
            ModelState.AddModelError("adjustments", "Say what adjustments or resources you would need, and what each would cost.");
        }
        else if (ChosenResponse == ConsultationResponse.CannotMeetNeeds)
        {
            if (ChosenObjections.Count == 0)
            {
                ModelState.AddModelError("objections", "Choose the grounds in section 39(4) that apply.");
            }

            if (string.IsNullOrWhiteSpace(Reasons))
            {
                ModelState.AddModelError("reasons", "Explain why, for each ground you chose.");
            }
        }

        Step = ModelState.IsValid && command is not null ? "check" : "form";
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        Step = "form";
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(Guid partnerRequestId, CancellationToken cancellationToken)
    {
        Asked = await sender.Send(new GetPartnerRequest.Query(partnerRequestId), cancellationToken);
        var command = Command(partnerRequestId);
        if (command is null)
        {
            Pad();
            return Page();
        }

        var (succeeded, _) = await ModelState.TrySendAsync(() => sender.Send(command, cancellationToken).AsTask());
        if (!succeeded)
        {
            Step = "form";
            Pad();
            return Page();
        }

        TempData.Success("Your answer has been sent to the SEND team.");
        return RedirectToPage("/Partner/Request", new { partnerRequestId });
    }

    /// <summary>The command from the form, or null with the costs that do not read as money marked on their fields.</summary>
    private AnswerConsultation.Command? Command(Guid partnerRequestId)
    {
        var adjustments = new List<AnswerConsultation.Adjustment>();
        foreach (var (index, row) in FilledAdjustments)
        {
            decimal? cost = null;
            var text = row.Cost?.Trim().TrimStart('£').Replace(",", string.Empty, StringComparison.Ordinal);
            if (!string.IsNullOrEmpty(text))
            {
                if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
                {
                    cost = parsed;
                }
                else
                {
                    ModelState.AddModelError($"adjustments[{index}].cost", "Enter the cost in pounds, like 12500 or 12500.50.");
                }
            }

            adjustments.Add(new AnswerConsultation.Adjustment(row.What?.Trim(), cost));
        }

        if (!ModelState.IsValid)
        {
            Step = "form";
            return null;
        }

        var response = ChosenResponse;
        return new AnswerConsultation.Command(
            partnerRequestId,
            Version,
            response,
            response == ConsultationResponse.CanMeetNeedsWithConditions ? adjustments : null,
            response == ConsultationResponse.CannotMeetNeeds ? ChosenObjections : null,
            string.IsNullOrWhiteSpace(Reasons) ? null : Reasons.Trim());
    }

    private void Pad()
    {
        while (Adjustments.Count < AdjustmentRows)
        {
            Adjustments.Add(new AdjustmentRow());
        }
    }

    public sealed class AdjustmentRow
    {
        public string? What { get; set; }

        public string? Cost { get; set; }
    }
}
