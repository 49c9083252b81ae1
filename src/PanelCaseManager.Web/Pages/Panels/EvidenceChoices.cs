using PanelCaseManager.Web.Ui.TagHelpers;

namespace PanelCaseManager.Web.Pages.Panels;

/// <summary>Checkboxes for the evidence relied on for one finding, ticked as the form holds them.</summary>
public sealed record EvidenceChoices(string Name, IReadOnlyList<Choice> Items, DecisionForm Form);
