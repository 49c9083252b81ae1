using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Panels;

/// <summary>
/// At the meeting the panel records its decision on a case, as a draft for the chair to sign off: the outcome and
/// its reasons, each family preference tested against the law (CoP 9.79), the mainstream presumption where the
/// LA names the setting, and for a deferral the evidence it needs. Recording again revises the draft. To correct a
/// signed-off decision, record a new one that supersedes it, with the reason.
/// </summary>
public static class RecordDecision
{
    public const int MissingEvidenceMaxLength = 500;
    public const int TextMaxLength = 4000;

    [RequiresPolicy(Policies.RecordPanelViews)]
    public sealed record Command(
        Guid PanelId,
        Guid PlacementRequestId,
        int? ExpectedVersion,
        DecisionOutcome? Outcome,
        string? Reasons,
        int? AgreedPreferenceRank,
        NamedSettingInput? NamedSetting,
        ProvisionKind? NamedProvisionKind,
        IReadOnlyList<string>? MissingEvidence,
        IReadOnlyList<PreferenceTestInput>? PreferenceTests,
        MainstreamPresumptionInput? MainstreamPresumption,
        Guid? SupersedesDecisionId,
        string? SupersedeReason) : ICommand<Result>, IIdempotentCommand, ICaseScoped, IPanelScoped, IThroughPanel
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    /// <summary>The setting named: by its id in the provision catalogue (name, URN and kind then come from there), or by name, URN and kind.</summary>
    public sealed record NamedSettingInput(string? Name, string? Urn, ProvisionKind? ProvisionKind, Guid? SettingId = null);

    /// <summary>One preference tested: under s.39 the three grounds in the order the panel considered them; under s.9 its own test.</summary>
    public sealed record PreferenceTestInput(int? PreferenceRank, NamingDuty? Duty, IReadOnlyList<GroundFindingInput>? Grounds, Section9Input? Section9);

    public sealed record GroundFindingInput(Section39Ground? Ground, bool? Applies, string? Reasons, IReadOnlyList<Guid>? EvidenceReliedOn, CostComparisonInput? Costs);

    /// <summary>Money in whole pence. A cost left out is the annual cost in the provision catalogue of the setting concerned, where it is there.</summary>
    public sealed record CostComparisonInput(long? RequestedPlacementCostPence, long? AlternativeCostPence, string? AlternativeDescription, string? ProportionalityReasoning);

    public sealed record Section9Input(
        bool? CompatibleWithEfficientInstruction,
        bool? AvoidsUnreasonablePublicExpenditure,
        long? RequestedPlacementCostPence,
        long? AlternativeCostPence,
        string? Reasons,
        IReadOnlyList<Guid>? EvidenceReliedOn);

    public sealed record MainstreamPresumptionInput(
        bool? FamilyDoesNotWantMainstream,
        bool? IncompatibleWithEfficientEducationOfOthers,
        string? ReasonableStepsConsidered,
        bool? NoReasonableStepsCouldPrevent,
        string? Reasons);

    public sealed record Result(Guid DecisionId, Guid PanelId, Guid PlacementRequestId, DecisionStatus Status, DecisionOutcome Outcome, string Quorum, bool Revised, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(DecisionCatalogue catalogue)
        {
            RuleFor(c => c.PanelId).NotEmpty().WithMessage("Give the id of the panel meeting.");
            RuleFor(c => c.PlacementRequestId).NotEmpty().WithMessage("Give the id of the placement request.");
            RuleFor(c => c.ExpectedVersion).GreaterThanOrEqualTo(0).WithMessage("A version is 0 or more.");
            RuleFor(c => c.Outcome).NotNull().WithMessage($"Choose the outcome: {string.Join(", ", Enum.GetNames<DecisionOutcome>())}.")
                .IsInEnum().WithMessage($"Choose the outcome: {string.Join(", ", Enum.GetNames<DecisionOutcome>())}.");
            RuleFor(c => c.Reasons).MaximumLength(PanelDecision.ReasonsMaxLength).WithMessage($"The reasons must be {PanelDecision.ReasonsMaxLength} characters or fewer.");
            RuleFor(c => c.AgreedPreferenceRank).GreaterThanOrEqualTo(1).WithMessage("Preferences are ranked from 1.");
            RuleFor(c => c.NamedSetting!.Name).MaximumLength(200).WithMessage("The setting's name must be 200 characters or fewer.")
                .OverridePropertyName("namedSetting.name").When(c => c.NamedSetting is not null);
            RuleFor(c => c.NamedSetting!.Urn).Matches("^[0-9]{6,7}$").WithMessage("A URN is 6 or 7 digits.")
                .OverridePropertyName("namedSetting.urn").When(c => !string.IsNullOrEmpty(c.NamedSetting?.Urn));
            RuleFor(c => c.NamedSetting!.ProvisionKind).NotNull().WithMessage("Say what type of provision the named setting is, or give its settingId in the catalogue.")
                .OverridePropertyName("namedSetting.provisionKind").When(c => c.NamedSetting is { SettingId: null });
            RuleFor(c => c.NamedSetting!.ProvisionKind).IsInEnum().WithMessage("Say what type of provision the named setting is.")
                .OverridePropertyName("namedSetting.provisionKind").When(c => c.NamedSetting is not null);
            RuleFor(c => c.NamedProvisionKind).IsInEnum().WithMessage($"Use one of {string.Join(", ", Enum.GetNames<ProvisionKind>())}.");
            RuleForEach(c => c.MissingEvidence).MaximumLength(MissingEvidenceMaxLength).WithMessage($"Describe each missing item in {MissingEvidenceMaxLength} characters or fewer.");
            RuleForEach(c => c.PreferenceTests).NotNull().WithMessage("A preference test cannot be empty.").SetValidator(new PreferenceTestValidator());
            RuleFor(c => c.MainstreamPresumption!).SetValidator(new MainstreamPresumptionValidator()).When(c => c.MainstreamPresumption is not null);
            RuleFor(c => c.SupersedeReason)
                .NotEmpty().WithMessage("Say why the signed-off decision is being corrected.")
                .When(c => c.SupersedesDecisionId is not null);
            RuleFor(c => c.SupersedeReason)
                .Empty().WithMessage("A reason for correcting is given only with the decision it supersedes (supersedesDecisionId).")
                .When(c => c.SupersedesDecisionId is null);
            RuleFor(c => c.SupersedeReason).MaximumLength(TextMaxLength).WithMessage($"The reason must be {TextMaxLength} characters or fewer.");

            // What the catalogue supplies is filled in first; then the rules of the law itself, which live in the
            // domain, name the field at fault before anything is changed.
            RuleFor(c => c).CustomAsync(async (command, context, cancellationToken) =>
            {
                var facts = await catalogue.CompleteAsync(command, cancellationToken);
                if (facts.NamedSettingIdUnknown)
                {
                    context.AddFailure("namedSetting.settingId", "There is no setting with this id in the provision catalogue.");
                }

                if (facts.NamedSettingUrnDiffers)
                {
                    context.AddFailure("namedSetting.urn", $"The catalogue setting's URN is {facts.NamedSetting!.Urn}: leave the URN out, or give that one.");
                }

                foreach (var (field, message) in MissingCosts(facts.Completed))
                {
                    context.AddFailure(field, message);
                }

                if (!IsComplete(facts.Completed))
                {
                    return;
                }

                foreach (var breach in ToContent(facts.Completed).Breaches())
                {
                    context.AddFailure(breach.Field, breach.Message);
                }
            });
        }

        /// <summary>Costs of the resources ground that were left out and that the catalogue could not supply.</summary>
        private static IEnumerable<(string Field, string Message)> MissingCosts(Command completed)
        {
            var tests = completed.PreferenceTests ?? [];
            for (var i = 0; i < tests.Count; i++)
            {
                var grounds = tests[i]?.Grounds ?? [];
                for (var j = 0; j < grounds.Count; j++)
                {
                    if (grounds[j]?.Costs is not { } costs)
                    {
                        continue;
                    }

                    var at = $"preferenceTests[{i}].grounds[{j}].costs";
                    if (costs.RequestedPlacementCostPence is null)
                    {
                        yield return ($"{at}.requestedPlacementCostPence", "Give the cost of the requested placement, in pence: the setting is not in the provision catalogue.");
                    }

                    if (costs.AlternativeCostPence is null)
                    {
                        yield return ($"{at}.alternativeCostPence", "Give the cost of the LA's alternative, in pence: it is not a setting in the provision catalogue.");
                    }
                }
            }
        }

        private static bool IsComplete(Command c) =>
            c.Outcome is not null
            && c.NamedSetting is not { ProvisionKind: null }
            && Enum.IsDefined(c.Outcome.Value)
            && (c.PreferenceTests ?? []).All(t => t is { PreferenceRank: not null, Duty: not null }
                && Enum.IsDefined(t.Duty.Value)
                && (t.Grounds ?? []).All(g => g is { Ground: not null, Applies: not null }
                    && Enum.IsDefined(g.Ground.Value)
                    && g.Costs is null or { RequestedPlacementCostPence: not null, AlternativeCostPence: not null })
                && t.Section9 is null or { CompatibleWithEfficientInstruction: not null, AvoidsUnreasonablePublicExpenditure: not null, RequestedPlacementCostPence: not null, AlternativeCostPence: not null })
            && c.MainstreamPresumption is null or { FamilyDoesNotWantMainstream: not null, IncompatibleWithEfficientEducationOfOthers: not null, NoReasonableStepsCouldPrevent: not null };
    }

    private sealed class PreferenceTestValidator : AbstractValidator<PreferenceTestInput>
    {
        public PreferenceTestValidator()
        {
            RuleFor(t => t.PreferenceRank).NotNull().WithMessage("Say which preference (its rank) this test is for.")
                .GreaterThanOrEqualTo(1).WithMessage("Preferences are ranked from 1.");
            RuleFor(t => t.Duty).NotNull().WithMessage("Say whether the setting is covered by s.39 (Section39) or is an independent setting not approved under s.41 (Section9).").IsInEnum().WithMessage("Say whether the setting is covered by s.39 (Section39) or is an independent setting not approved under s.41 (Section9).");
            RuleForEach(t => t.Grounds).NotNull().WithMessage("A ground cannot be empty.");
            RuleForEach(t => t.Grounds).ChildRules(ground =>
            {
                ground.RuleFor(g => g.Ground).NotNull().WithMessage("Name the ground: Unsuitable, IncompatibleWithEfficientEducationOfOthers or IncompatibleWithEfficientUseOfResources.").IsInEnum().WithMessage("Name the ground: Unsuitable, IncompatibleWithEfficientEducationOfOthers or IncompatibleWithEfficientUseOfResources.");
                ground.RuleFor(g => g.Applies).NotNull().WithMessage("Say whether the ground applies (true) or not (false).");
                ground.RuleFor(g => g.Reasons).MaximumLength(TextMaxLength).WithMessage($"The reasons must be {TextMaxLength} characters or fewer.");
                ground.RuleFor(g => g.Costs!.ProportionalityReasoning).MaximumLength(TextMaxLength).WithMessage($"This must be {TextMaxLength} characters or fewer.")
                    .OverridePropertyName("costs.proportionalityReasoning").When(g => g.Costs is not null);
            });
            RuleFor(t => t.Section9!).ChildRules(test =>
            {
                test.RuleFor(s => s.CompatibleWithEfficientInstruction).NotNull().WithMessage("Say whether the placement is compatible with efficient instruction.");
                test.RuleFor(s => s.AvoidsUnreasonablePublicExpenditure).NotNull().WithMessage("Say whether the placement avoids unreasonable public expenditure.");
                test.RuleFor(s => s.RequestedPlacementCostPence).NotNull().WithMessage("Give the cost of the requested placement, in pence.");
                test.RuleFor(s => s.AlternativeCostPence).NotNull().WithMessage("Give the cost of the LA's alternative, in pence.");
                test.RuleFor(s => s.Reasons).MaximumLength(TextMaxLength).WithMessage($"The reasons must be {TextMaxLength} characters or fewer.");
            }).When(t => t.Section9 is not null);
        }
    }

    private sealed class MainstreamPresumptionValidator : AbstractValidator<MainstreamPresumptionInput>
    {
        public MainstreamPresumptionValidator()
        {
            RuleFor(m => m.FamilyDoesNotWantMainstream).NotNull().WithMessage("Say whether the family does not want mainstream education.");
            RuleFor(m => m.IncompatibleWithEfficientEducationOfOthers).NotNull().WithMessage("Say whether mainstream is incompatible with the efficient education of others.");
            RuleFor(m => m.NoReasonableStepsCouldPrevent).NotNull().WithMessage("Say whether no reasonable steps could prevent the incompatibility.");
            RuleFor(m => m.ReasonableStepsConsidered).MaximumLength(TextMaxLength).WithMessage($"This must be {TextMaxLength} characters or fewer.");
            RuleFor(m => m.Reasons).MaximumLength(TextMaxLength).WithMessage($"The reasons must be {TextMaxLength} characters or fewer.");
        }
    }

    /// <summary>The decision's content as the domain knows it. Only for a command whose required choices are all made.</summary>
    public static DecisionContent ToContent(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new DecisionContent(
            command.Outcome!.Value,
            command.Reasons?.Trim() ?? string.Empty,
            command.AgreedPreferenceRank,
            command.NamedSetting is { } s ? new NamedSetting(s.Name?.Trim() ?? string.Empty, string.IsNullOrWhiteSpace(s.Urn) ? null : s.Urn.Trim(), s.ProvisionKind!.Value) : null,
            command.NamedProvisionKind,
            (command.MissingEvidence ?? []).Select(m => m?.Trim() ?? string.Empty).ToList(),
            (command.PreferenceTests ?? []).Select(ToTest).ToList(),
            command.MainstreamPresumption is { } m
                ? new MainstreamPresumption(
                    m.FamilyDoesNotWantMainstream!.Value,
                    m.IncompatibleWithEfficientEducationOfOthers!.Value,
                    string.IsNullOrWhiteSpace(m.ReasonableStepsConsidered) ? null : m.ReasonableStepsConsidered.Trim(),
                    m.NoReasonableStepsCouldPrevent!.Value,
                    m.Reasons?.Trim() ?? string.Empty)
                : null);
    }

    private static PlacementPreferenceTest ToTest(PreferenceTestInput t) => new(
        t.PreferenceRank!.Value,
        t.Duty!.Value,
        (t.Grounds ?? []).Select(g => new GroundFinding(
                g.Ground!.Value,
                g.Applies!.Value,
                g.Reasons?.Trim() ?? string.Empty,
                g.EvidenceReliedOn ?? [],
                g.Costs is { } c
                    ? new CostComparison(
                        c.RequestedPlacementCostPence!.Value,
                        c.AlternativeCostPence!.Value,
                        c.AlternativeDescription?.Trim() ?? string.Empty,
                        string.IsNullOrWhiteSpace(c.ProportionalityReasoning) ? null : c.ProportionalityReasoning.Trim())
                    : null))
            .ToList(),
        t.Section9 is { } s
            ? new Section9Test(
                s.CompatibleWithEfficientInstruction!.Value,
                s.AvoidsUnreasonablePublicExpenditure!.Value,
                s.RequestedPlacementCostPence!.Value,
                s.AlternativeCostPence!.Value,
                s.Reasons?.Trim() ?? string.Empty,
                s.EvidenceReliedOn ?? [])
            : null);

    public sealed class Handler(PanelDbContext db, CasePacks packs, DecisionCatalogue catalogue, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var meeting = await db.PanelMeetings.AsSplitQuery().SingleOrDefaultAsync(m => m.Id == command.PanelId, cancellationToken)
                          ?? throw new NotFoundException("Panel meeting", command.PanelId);
            var caseId = new PlacementRequestId(command.PlacementRequestId);
            var placementRequest = await db.PlacementRequests.AsSplitQuery().SingleOrDefaultAsync(p => p.Id == caseId, cancellationToken)
                                   ?? throw new NotFoundException("Placement request", command.PlacementRequestId);
            var by = currentUser.Id;
            var now = clock.GetUtcNow();

            // Quorum, agenda and the member's standing are checked before anything is frozen or read.
            meeting.PrepareDecision(caseId, by, now);
            var pack = await packs.EnsureFrozenAsync(meeting, caseId, FreezeTrigger.PanelBegan, cancellationToken);
            var facts = await catalogue.CompleteAsync(command, cancellationToken);
            var content = DecisionCatalogue.ContentOf(facts);
            var (profiles, placement) = await catalogue.PlacementAsync(content, facts, CasePackDocument.FromJson(pack.Content), cancellationToken);
            var setting = new DecisionSetting(
                meeting,
                placementRequest,
                pack,
                await CitableEvidenceAsync(caseId, cancellationToken),
                (await db.AgencyViews.AsNoTracking()
                    .Where(v => v.PanelMeetingId == meeting.Id && v.PlacementRequestId == caseId)
                    .ToListAsync(cancellationToken))
                    .Select(v => v.ToSnapshot())
                    .ToList(),
                profiles,
                placement);

            var draftId = meeting.AgendaItemFor(caseId)!.DraftDecisionId;
            PanelDecision decision;
            if (draftId is { } id)
            {
                decision = await db.PanelDecisions.SingleAsync(d => d.Id == id, cancellationToken);
                if (command.ExpectedVersion is null || decision.SupersedesDecisionId != command.SupersedesDecisionId)
                {
                    throw new DomainRuleException(
                        "draft-exists",
                        $"A decision on this case is already being drafted (id {decision.Id}, version {decision.Version}): revise it by sending its version as expectedVersion.");
                }

                decision.EnsureVersion(command.ExpectedVersion.Value);
                decision.Revise(content, setting, by, now);
                return new Result(decision.Id, meeting.Id, command.PlacementRequestId, decision.Status, decision.Outcome, decision.QuorumExplanation, true, decision.Version + 1);
            }

            var supersedes = command.SupersedesDecisionId is { } supersededId
                ? await db.PanelDecisions.SingleOrDefaultAsync(d => d.Id == supersededId, cancellationToken)
                  ?? throw new NotFoundException("Decision", supersededId)
                : null;
            decision = PanelDecision.Record(content, setting, supersedes, command.SupersedeReason, by, now);
            db.PanelDecisions.Add(decision);
            return new Result(decision.Id, meeting.Id, command.PlacementRequestId, decision.Status, decision.Outcome, decision.QuorumExplanation, false, decision.Version);
        }

        /// <summary>Every document, advice request and view on the case: those in the frozen pack, and any added late, in plain sight.</summary>
        private async Task<IReadOnlySet<Guid>> CitableEvidenceAsync(PlacementRequestId caseId, CancellationToken cancellationToken)
        {
            var ids = await db.EvidenceItems.Where(e => e.PlacementRequestId == caseId).Select(e => e.Id).ToListAsync(cancellationToken);
            ids.AddRange(await db.AdviceRequests.Where(a => a.PlacementRequestId == caseId).Select(a => a.Id).ToListAsync(cancellationToken));
            ids.AddRange(await db.CaseViews.Where(v => v.PlacementRequestId == caseId).Select(v => v.Id).ToListAsync(cancellationToken));
            return ids.ToHashSet();
        }
    }
}
