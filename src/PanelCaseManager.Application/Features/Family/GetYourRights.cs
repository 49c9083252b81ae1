using Mediator;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.Family;

/// <summary>
/// Who a family can turn to if they disagree or need help: the council's SEND team, the SEND information, advice and
/// support service, mediation, disagreement resolution and the Tribunal, as configured for letters ("Letters").
/// A contact that is not configured is left out, and the page tells the family to ask their officer.
/// </summary>
public static class GetYourRights
{
    [RequiresPolicy(Policies.Family)]
    [Common.ReadsNoPersonalData]
    public sealed record Query : IQuery<Rights>;

    public sealed record Rights(
        Contact? Authority,
        Contact? Sendiass,
        Contact? Mediation,
        Contact? DisagreementResolution,
        string MediationContactPeriod,
        string TribunalWebsite,
        int AppealMonths,
        int AppealMonthsAfterMediationCertificate);

    public sealed record Contact(string Name, string? Telephone, string? Email, string? Website);

    public sealed class Handler(IOptions<LetterOptions> letters, Timeliness.TimelinessRules rules) : IQueryHandler<Query, Rights>
    {
        public ValueTask<Rights> Handle(Query query, CancellationToken cancellationToken)
        {
            var options = letters.Value;
            var authority = string.IsNullOrWhiteSpace(options.Authority.Name)
                ? null
                : new Contact(options.Authority.Name, Blank(options.Authority.Telephone), Blank(options.Authority.Email), Blank(options.Authority.Website));
            return ValueTask.FromResult(new Rights(
                authority,
                ContactOf(options.Sendiass),
                ContactOf(options.Mediation),
                ContactOf(options.DisagreementResolution),
                options.MediationContactPeriod,
                options.TribunalWebsite,
                rules.Clock.AppealMonths,
                rules.Clock.AppealMonthsAfterMediationCertificate));
        }

        private static Contact? ContactOf(ContactOptions contact) =>
            string.IsNullOrWhiteSpace(contact.Name) ? null : new Contact(contact.Name, Blank(contact.Telephone), Blank(contact.Email), Blank(contact.Website));

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
