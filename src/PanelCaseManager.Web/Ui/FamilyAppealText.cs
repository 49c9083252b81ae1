using PanelCaseManager.Application.Features.Family;
using PanelCaseManager.Domain.Appeals;

namespace PanelCaseManager.Web.Ui;

/// <summary>
/// Where a family's mediation and tribunal appeal stand, in plain words (the page "Your mediation and appeal"): short
/// sentences, for a reading age of about 11 (FamilyTruthAndReadabilityTests measures the page).
/// </summary>
internal static class FamilyAppealText
{
    public static string Choice(GetYourMediationAndAppeal.MediationView m) => (m.Choice, m.ChoiceMadeOn) switch
    {
        (MediationChoice.Mediate, { } on) => $"You asked for mediation on {Display.Date(on)}.",
        (MediationChoice.NoMediation, { } on) => $"You said on {Display.Date(on)} that you do not want mediation.",
        _ => "You have not said yet if you want mediation.",
    };

    public static string Meeting(GetYourMediationAndAppeal.MediationView m) => m switch
    {
        { HeldOn: { } held } => $"It took place on {Display.Date(held)}.",
        { Choice: MediationChoice.Mediate } => "It has not taken place yet.",
        { Choice: MediationChoice.NoMediation } => "There will be no mediation, as you did not want it.",
        _ => "Nothing is set up yet.",
    };

    public static string Ended(MediationOutcome outcome) => outcome switch
    {
        MediationOutcome.AgreementReached => "You and the council agreed.",
        MediationOutcome.PartlyAgreed => "You agreed on some things, but not all.",
        MediationOutcome.NoAgreement => "You did not agree.",
        _ => outcome.ToString(),
    };

    public static string Certificate(GetYourMediationAndAppeal.MediationView m) => m.CertificateIssuedOn is { } on
        ? $"Your certificate is dated {Display.Date(on)}. Keep it: you need it to appeal."
        : "You do not have one yet.";

    public static string About(AppealSubject subject) => subject switch
    {
        AppealSubject.NamedSchoolOrTypeOnly => "The school, or type of school, named in the plan.",
        AppealSubject.PlanContents => "What the plan says, and the help it sets out.",
        AppealSubject.Refusal => "Our decision to say no.",
        AppealSubject.Cessation => "Our decision to stop the plan.",
        _ => subject.ToString(),
    };

    public static string OurAnswer(GetYourMediationAndAppeal.AppealView a) => (a.Position, a.PositionOn) switch
    {
        (AppealPosition.Opposes, { } on) => $"On {Display.Date(on)}, we told the tribunal we do not agree with your appeal. The tribunal will decide.",
        (AppealPosition.Concedes, { } on) => $"On {Display.Date(on)}, we told the tribunal we will not fight your appeal. So we must do what you asked.",
        (AppealPosition.WithdrawnByFamily, { } on) => $"You ended your appeal on {Display.Date(on)}.",
        _ => "We have not told the tribunal yet.",
    };

    public static string Decision(GetYourMediationAndAppeal.AppealView a) => (a.Outcome, a.DecidedOn, a.Position) switch
    {
        (TribunalOutcome.Allowed, { } on, _) => $"On {Display.Date(on)}, the tribunal agreed with you.",
        (TribunalOutcome.PartlyAllowed, { } on, _) => $"On {Display.Date(on)}, the tribunal agreed with you on some points.",
        (TribunalOutcome.Dismissed, { } on, _) => $"On {Display.Date(on)}, the tribunal agreed with us.",
        (_, _, AppealPosition.Concedes) => "The tribunal does not need to decide, as we did not fight your appeal.",
        (_, _, AppealPosition.WithdrawnByFamily) => "There will be no decision, as you ended your appeal.",
        _ => "The tribunal has not decided yet.",
    };

    /// <summary>What to say when the appeal has no order yet.</summary>
    public static string NoOrders(GetYourMediationAndAppeal.AppealView a) => a.IsOpen
        ? "If the tribunal agrees with you, it will tell us what to do. We will show it here, with the last day we can do it by."
        : "The tribunal has not told us to do anything.";

    public static string Done(GetYourMediationAndAppeal.Duty duty) => duty switch
    {
        { DoneOn: { } on, OnTime: true } => $"Done on {Display.Date(on)}, in time.",
        { DoneOn: { } on } => $"Done on {Display.Date(on)}, late.",
        { Late: true } => "Not done yet. It is late.",
        _ => "Not done yet.",
    };
}
