using Mediator;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Family;

/// <summary>
/// Who a family can turn to if they disagree or need help: the council's SEND team, the SEND information, advice and
/// support service, mediation, disagreement resolution and the Tribunal, as configured for letters ("Letters").
/// A contact that is not configured is left out, and the page tells the family to ask their officer. What they can
/// appeal, when a mediation certificate is needed and the time limit come from <see cref="AppealRights"/>, the same
/// rules the notices are written from, so the page and the letters say the same.
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
        int AppealMonthsAfterMediationCertificate,
        IReadOnlyList<AppealableDecision> WhatYouCanAppeal,
        string TimeLimit,
        string DateMoves,
        string MediationRule,
        string PlacementOnlyException,
        string Certificate);

    /// <param name="PlacementOnlyNeedsNoCertificate">An appeal only about the school or type named needs no mediation certificate.</param>
    public sealed record AppealableDecision(LetterOutcome Notice, string Decision, bool PlacementOnlyNeedsNoCertificate);

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
                rules.Clock.AppealMonthsAfterMediationCertificate,
                AppealRights.All.Select(r => new AppealableDecision(r.Notice, r.Decision, r.PlacementOnlyNeedsNoCertificate)).ToList(),
                AppealRights.TimeLimit(rules.Clock),
                AppealRights.DateMoves(rules.Clock),
                AppealRights.CertificateNeeded,
                AppealRights.PlacementOnlyException,
                AppealRights.CertificateWhetherOrNotYouMediate));
        }

        private static Contact? ContactOf(ContactOptions contact) =>
            string.IsNullOrWhiteSpace(contact.Name) ? null : new Contact(contact.Name, Blank(contact.Telephone), Blank(contact.Email), Blank(contact.Website));

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
