namespace PanelCaseManager.Web.Ui;

/// <summary>One row of a "check your answers" summary list; an answer not yet given shows a link to give it.</summary>
public sealed record AnswerRow(string Key, string? Value, string ChangeHref, string ChangeWhat);
