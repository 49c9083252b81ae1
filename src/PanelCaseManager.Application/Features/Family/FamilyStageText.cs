using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.PlacementRequests;

namespace PanelCaseManager.Application.Features.Family;

/// <summary>
/// What a family sees of a request: where it is and what it means, in plain English, without staff's notes. It says
/// only what the case's records show: that the advice is in only when advice was asked for and all of it came back.
/// </summary>
public static class FamilyStageText
{
    public static string Explain(Stage stage, string childName, AdviceSoFar advice) => stage switch
    {
        Stage.Received => $"We have the request for {childName}. A SEND officer will contact you.",
        Stage.Evidence => advice.Asked == 0
            ? $"We are finding out about {childName}'s needs. We will ask for advice and reports, and for your views."
            : $"We are finding out about {childName}'s needs. {AdviceLine(advice)}",
        Stage.ReadyForPanel => advice.Asked == 0
            ? $"{childName}'s case is ready for the next panel. At the panel, staff from schools, health and care decide together."
            : $"{AdviceLine(advice)} {childName}'s case is ready for the next panel. At the panel, staff from schools, health and care decide together.",
        Stage.Decided => "The panel has made its choice. We will send you a letter. It will say why, and what you can do next.",
        Stage.LetterIssued => "We have sent you the letter about the panel's choice. It says why, and when you can appeal.",
        Stage.Closed => "This request is finished.",
        Stage.Withdrawn => "This request was withdrawn.",
        Stage.Reconsideration => "We are looking at the choice again.",
        _ => stage.ToString(),
    };

    private static string AdviceLine(AdviceSoFar advice) => advice switch
    {
        { AllIn: true } => advice.Asked == 1 ? "We have the advice we asked for." : $"We have all {Count(advice.Asked)} pieces of advice we asked for.",
        { Received: 0 } => advice.Asked == 1 ? "We have asked for advice and are waiting for it." : $"We have asked for {Count(advice.Asked)} pieces of advice and are waiting for them.",
        _ => $"We have {Count(advice.Received)} of the {Count(advice.Asked)} pieces of advice we asked for. We are waiting for {(advice.Awaited == 1 ? "one more" : Count(advice.Awaited) + " more")}.",
    };

    private static string Count(int n) => n switch
    {
        1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight", 9 => "nine",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
