using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.PlacementRequests.Drafts;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Cases.NewRequest;

[Authorize(Policy = Policies.ManageCases)]
public sealed class NeedsModel(ISender sender, Sen2Catalogue sen2) : RequestStepModel(sender)
{
    public sealed class LevelsForm
    {
        public string? CommunicationAndInteraction { get; set; }
        public string? CognitionAndLearning { get; set; }
        public string? SocialEmotionalAndMentalHealth { get; set; }
        public string? SensoryAndPhysical { get; set; }
    }

    [BindProperty]
    public string? PrimaryNeed { get; set; }

    [BindProperty]
    public string? SecondaryNeed { get; set; }

    [BindProperty]
    public LevelsForm NeedLevels { get; set; } = new();

    public override RequestDraftStep ThisStep => RequestDraftStep.Needs;

    public IReadOnlyList<Choice> PrimaryChoices =>
        [new(string.Empty, "Choose the primary need"), .. sen2.All.Select(n => new Choice(n.Code, $"{n.Description} ({n.Code})"))];

    public IReadOnlyList<Choice> SecondaryChoices =>
        [new(string.Empty, "None"), .. sen2.All.Select(n => new Choice(n.Code, $"{n.Description} ({n.Code})"))];

    public IReadOnlyList<Choice> LevelChoices { get; } =
        Domain.Needs.NeedLevels.All.Select(l => new Choice(l.ToString(CultureInfo.InvariantCulture), Domain.Needs.NeedLevels.Name(l))).ToList();

    public IReadOnlyList<(string Field, string Legend, string? Value)> Areas =>
    [
        ("needLevels.communicationAndInteraction", BroadAreaOfNeed.CommunicationAndInteraction.Describe(), NeedLevels.CommunicationAndInteraction),
        ("needLevels.cognitionAndLearning", BroadAreaOfNeed.CognitionAndLearning.Describe(), NeedLevels.CognitionAndLearning),
        ("needLevels.socialEmotionalAndMentalHealth", BroadAreaOfNeed.SocialEmotionalAndMentalHealth.Describe(), NeedLevels.SocialEmotionalAndMentalHealth),
        ("needLevels.sensoryAndPhysical", BroadAreaOfNeed.SensoryAndPhysical.Describe(), NeedLevels.SensoryAndPhysical),
    ];

    protected override void Show(SubmitPlacementRequest.Command answers)
    {
        PrimaryNeed = answers.PrimaryNeed;
        SecondaryNeed = answers.SecondaryNeed;
        var levels = answers.NeedLevels;
        NeedLevels = new LevelsForm
        {
            CommunicationAndInteraction = Text(levels?.CommunicationAndInteraction),
            CognitionAndLearning = Text(levels?.CognitionAndLearning),
            SocialEmotionalAndMentalHealth = Text(levels?.SocialEmotionalAndMentalHealth),
            SensoryAndPhysical = Text(levels?.SensoryAndPhysical),
        };
    }

    protected override SubmitPlacementRequest.Command Read() =>
        RequestDraftSteps.Empty(null) with
        {
            PrimaryNeed = Clean(PrimaryNeed),
            SecondaryNeed = Clean(SecondaryNeed),
            NeedLevels = new SubmitPlacementRequest.NeedLevelsInput(
                Level(NeedLevels.CommunicationAndInteraction),
                Level(NeedLevels.CognitionAndLearning),
                Level(NeedLevels.SocialEmotionalAndMentalHealth),
                Level(NeedLevels.SensoryAndPhysical)),
        };

    /// <summary>The levels are one question asked four times: an error about all of them belongs to the first.</summary>
    protected override string FieldName(string field) => field == "needLevels" ? "needLevels.communicationAndInteraction" : field;

    private static int? Level(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? level : null;

    private static string? Text(int? level) => level?.ToString(CultureInfo.InvariantCulture);
}
