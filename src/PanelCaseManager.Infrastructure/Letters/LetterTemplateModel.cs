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
            ["reasons"] = model.Reasons,
            ["sector_profile"] = model.SectorProfileExplanation ?? string.Empty,
            ["grounds"] = List(model.Grounds.Select(Ground)),
            ["refusal_grounds"] = List(model.Grounds.Where(g => g.Applies).Select(Ground)),
            ["next_steps"] = List(model.NextSteps.Select(s => Object(("description", s.Description), ("date", s.By is { } by ? Date(by) : string.Empty)))),
            ["missing_evidence"] = List(model.MissingEvidence),
            ["appeal"] = Object(
                ("deadline", model.AppealDeadline is { } deadline ? DayAndDate(deadline) : string.Empty),
                ("tribunal_website", model.TribunalWebsite)),
            ["mediation"] = Contact(model.Mediation, ("contact_period", model.MediationContactPeriod)),
            ["disagreement_resolution"] = Contact(model.DisagreementResolution),
            ["sendiass"] = Contact(model.Sendiass),
            ["officer"] = Object(("name", model.Officer.Name), ("role", model.Officer.Role), ("telephone", model.Officer.Telephone), ("email", model.Officer.Email)),
            ["replaces"] = model.Replaces is { } replaced ? Object(("reference", replaced.Reference), ("date", Date(replaced.Date))) : null,
        };
        return root;
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string DayAndDate(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);

    private static ScriptObject Ground(GroundConsidered ground) =>
        Object(("title", ground.Ground.Describe()), ("applies", ground.Applies), ("reasons", ground.Reasons));

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
