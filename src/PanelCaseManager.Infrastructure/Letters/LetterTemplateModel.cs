using System.Globalization;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Domain.Letters;
using Scriban.Runtime;

namespace PanelCaseManager.Infrastructure.Letters;

/// <summary>
/// The placeholders a letter template can use, built from the letter model field by field. Nothing else of the
/// model (or of .NET) is reachable from a template: this object is the whitelist.
/// </summary>
internal static class LetterTemplateModel
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static ScriptObject From(DecisionLetterModel model)
    {
        var mainstream = model.Mainstream;
        var root = new ScriptObject
        {
            ["authority"] = Object(("name", model.Authority.Name), ("telephone", model.Authority.Telephone), ("email", model.Authority.Email), ("website", model.Authority.Website)),
            ["family"] = Object(("name", model.Family.Name), ("salutation", model.Family.Salutation)),
            ["child"] = Object(
                ("name", model.Child.FullName),
                ("given_name", model.Child.GivenName),
                ("family_name", model.Child.FamilyName),
                ("date_of_birth", Date(model.Child.DateOfBirth))),
            ["case_reference"] = model.CaseReference,
            ["letter_date"] = Date(model.LetterDate),
            ["preference"] = model.FamilyPreference ?? string.Empty,
            ["placement"] = model.Placement ?? string.Empty,
            ["placement_is_type"] = model.PlacementIsType,
            ["placement_is_current"] = model.PlacementIsCurrent,
            ["reasons"] = model.Reasons,
            ["sector_profile"] = model.SectorProfileExplanation ?? string.Empty,
            ["refused_preferences"] = List(model.RefusedPreferences.Select(Refused)),
            ["mainstream"] = Object(
                ("considered", mainstream is not null),
                ("provides_mainstream", mainstream?.ProvidesForMainstream ?? false),
                ("family_does_not_want", mainstream?.FamilyDoesNotWantMainstream ?? false),
                ("incompatible", mainstream?.IncompatibleWithOthers ?? false),
                ("no_reasonable_steps", mainstream?.NoReasonableStepsCouldPrevent ?? false),
                ("reasonable_steps", mainstream?.ReasonableSteps),
                ("reasons", mainstream?.Reasons)),
            ["next_steps"] = List(model.NextSteps.Select(s => Object(("description", s.Description), ("date", s.By is { } by ? Date(by) : string.Empty)))),
            ["missing_evidence"] = List(model.MissingEvidence),
            ["next_decision"] = Object(
                ("date", model.NextDecision is { } next ? DayAndDate(next.Date) : string.Empty),
                ("at_panel", model.NextDecision?.AtPanel ?? false)),
            ["appeal_route"] = RouteName(model.AppealRoute),
            ["plan_due"] = model.PlanDue is { } due ? Date(due) : string.Empty,
            ["named_in_plan"] = model.NamedInPlan ?? string.Empty,
            ["appeal"] = Object(
                ("deadline", model.AppealDeadline is { } deadline ? DayAndDate(deadline) : string.Empty),
                ("about", model.Rights?.About),
                ("time_limit", model.Rights?.TimeLimit),
                ("date_moves", model.Rights?.DateMoves),
                ("tribunal_website", model.TribunalWebsite)),
            ["mediation"] = Contact(
                model.Mediation,
                ("contact_period", model.MediationContactPeriod),
                ("rule", model.Rights?.MediationRule),
                ("certificate", model.Rights?.Certificate)),
            ["disagreement_resolution"] = Contact(model.DisagreementResolution),
            ["sendiass"] = Contact(model.Sendiass),
            ["officer"] = Object(("name", model.Officer.Name), ("role", model.Officer.Role), ("telephone", model.Officer.Telephone), ("email", model.Officer.Email)),
            ["replaces"] = model.Replaces is { } replaced ? Object(("reference", replaced.Reference), ("date", Date(replaced.Date))) : null,
        };
        return root;
    }

    /// <summary>How a template names the route to appeal ("final_plan", "early_review"…); empty for a letter that has none.</summary>
    public static string RouteName(AppealRoute route) => route switch
    {
        AppealRoute.None => string.Empty,
        _ => string.Concat(route.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string DayAndDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    private static ScriptObject Ground(GroundConsidered ground) =>
        Object(("title", ground.Ground.Describe()), ("applies", ground.Applies), ("reasons", ground.Reasons));

    /// <summary>A refused preference; every one has the same members, whichever test it took, so a template can use them all.</summary>
    private static ScriptObject Refused(RefusedPreference refused)
    {
        var s9 = refused.Section9;
        return Object(
            ("rank", refused.Rank),
            ("name", refused.Name),
            ("status", refused.Status),
            ("under_section9", refused.UnderSection9),
            ("grounds", List(refused.Grounds.Select(Ground))),
            ("section9", Object(
                ("efficient_instruction", s9?.EfficientInstruction ?? false),
                ("avoids_unreasonable_expenditure", s9?.AvoidsUnreasonableExpenditure ?? false),
                ("requested_cost", s9 is null ? null : Pounds(s9.RequestedCost)),
                ("alternative_cost", s9 is null ? null : Pounds(s9.AlternativeCost)),
                ("reasons", s9?.Reasons))));
    }

    /// <summary>"£91,000", or "£91,000.50" when there are pence.</summary>
    public static string Pounds(decimal amount) => amount.ToString(decimal.Truncate(amount) == amount ? "£#,##0" : "£#,##0.00", English);

    private static ScriptObject Contact(ServiceContact? contact, params (string Name, object? Value)[] extra) =>
        Object([
            ("name", contact?.Name),
            ("telephone", contact?.Telephone),
            ("email", contact?.Email),
            ("website", contact?.Website),
            .. extra,
        ]);

    private static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var result = new ScriptObject();
        foreach (var (name, value) in members)
        {
            // Missing text is empty rather than null, so a template can test it with != "".
            result[name] = value ?? string.Empty;
        }

        return result;
    }

    private static ScriptArray List(IEnumerable<object> items)
    {
        var list = new ScriptArray();
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
