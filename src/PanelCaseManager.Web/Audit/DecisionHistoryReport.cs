using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using PanelCaseManager.Application.Features.Audit;
using PanelCaseManager.Infrastructure.Documents;

namespace PanelCaseManager.Web.Audit;

/// <summary>
/// The decision history bundle as a report for people: the same sections, as label/value and row tables, written
/// once as a standalone accessible HTML page and once as a tagged PDF through the letters' document layout.
/// </summary>
internal static class DecisionHistoryReport
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private sealed record Section(string Title, string? Note, IReadOnlyList<string>? Header, IReadOnlyList<IReadOnlyList<string>> Rows, bool LabelColumn);

    public static string Title(GetDecisionHistory.Bundle bundle) => $"History of the decision on case {bundle.Decision.CaseReference}";

    /// <summary>A download name from the case reference and decision id, never the child's name.</summary>
    public static string FileName(GetDecisionHistory.Bundle bundle, string extension) =>
        $"decision-history-{bundle.Decision.CaseReference}-{bundle.Decision.Id:N}.{extension}";

    private static IReadOnlyList<Section> Sections(GetDecisionHistory.Bundle b)
    {
        var d = b.Decision;
        var v = b.Verification;
        return
        [
            new Section("Verification of the audit trail", v.Intact
                    ? "Intact: every audit event of this case still has the hash of its content and links to the hash of the event before it."
                    : $"Broken: {v.Problem}",
                null,
                [
                    ["Verdict", v.Verdict],
                    ["Events checked", v.EventsChecked.ToString(CultureInfo.InvariantCulture)],
                    ["First broken event", v.FirstBrokenSequence?.ToString(CultureInfo.InvariantCulture) ?? "None"],
                ],
                true),
            new Section("The decision", null, null,
                [
                    ["Decision id", d.Id.ToString()],
                    ["Case reference", d.CaseReference],
                    ["Panel", $"{d.PanelTitle}, {Date(d.MeetingDate)}"],
                    ["Outcome", d.Outcome.ToString()],
                    ["Status", d.Status.ToString()],
                    ["Stands", d.Stands ? "Yes" : "No, it was superseded or is not signed off"],
                    ["Reasons", d.Content.Reasons],
                    ["Quorum", d.Quorum],
                    ["Recorded", $"{Time(d.RecordedAt)} by {d.RecordedBy.Name}"],
                    ["Signed off", d.SignedOffAt is { } at ? $"{Time(at)} by {d.SignedOffBy?.Name}" : "Not signed off"],
                    ["Record hash (SHA-256)", d.ContentSha256 ?? "None"],
                    ["Record intact", d.Intact is { } intact ? (intact ? "Yes" : "No") : "Not signed off"],
                ],
                true),
            new Section("Grounds: each preference's test", null, ["Rank", "Test"],
                d.Content.PreferenceTests.Select((t, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(t)]).ToList(),
                false),
            new Section("Agency views", null, ["Member", "Agency", "View", "Recommended"],
                d.AgencyViews.Select(a => (IReadOnlyList<string>)[a.Member.Name, a.Agency.ToString(), a.Summary, a.RecommendedOutcome?.ToString() ?? "None"]).ToList(),
                false),
            new Section("What the panel saw", "The case pack frozen for the panel, as stored.", null,
                [
                    ["Case pack id", b.PanelPack.CasePackId.ToString()],
                    ["Frozen", Time(b.PanelPack.FrozenAt)],
                    ["SHA-256", b.PanelPack.Sha256],
                    ["Intact", b.PanelPack.Intact ? "Yes" : "No"],
                    ["Content", JsonSerializer.Serialize(b.PanelPack.Pack)],
                ],
                true),
            new Section("Letters and notices issued", null, ["Reference", "What it is", "Issued", "Template version", "SHA-256"],
                b.Letters.Select(l => (IReadOnlyList<string>)[l.Reference, l.Title, Time(l.IssuedAt), l.TemplateVersion.ToString(CultureInfo.InvariantCulture), l.Sha256]).ToList(),
                false),
            new Section("Related decisions", null, ["Decision id", "Relation", "Status", "Outcome", "Reason for the correction"],
                b.RelatedDecisions.Select(r => (IReadOnlyList<string>)[r.Id.ToString(), r.Relation, r.Status.ToString(), r.Outcome.ToString(), r.SupersedeReason ?? string.Empty]).ToList(),
                false),
            new Section("Timeline of the case", null, ["When", "What", "Who"],
                b.Timeline.Entries.Select(e => (IReadOnlyList<string>)[Time(e.At), e.Description, e.ActorName]).ToList(),
                false),
            new Section("Audit events of the case", "In sequence order, with each event's hash and its predecessor's.", ["Sequence", "When", "User", "Action", "Outcome", "Hash", "Previous hash"],
                b.AuditEvents.Select(e => (IReadOnlyList<string>)[e.Sequence.ToString(CultureInfo.InvariantCulture), Time(e.OccurredAt), e.UserId, e.Action, e.Outcome, e.Hash, e.PreviousHash]).ToList(),
                false),
        ];
    }

    public static string Html(GetDecisionHistory.Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(Title(bundle))).Append("</title>\n")
            .Append("<style>body{font-family:Arial,sans-serif;margin:2rem;line-height:1.4}table{border-collapse:collapse;margin-bottom:1.5rem}")
            .Append("th,td{border:1px solid #505a5f;padding:.3rem .5rem;text-align:left;vertical-align:top;word-break:break-word}caption{text-align:left;font-weight:bold}</style>\n")
            .Append("</head>\n<body>\n<main>\n<h1>").Append(E(Title(bundle))).Append("</h1>\n<p>Generated ").Append(E(Time(bundle.GeneratedAt)))
            .Append(" (bundle schema version ").Append(bundle.SchemaVersion.ToString(CultureInfo.InvariantCulture)).Append(").</p>\n");
        foreach (var section in Sections(bundle))
        {
            html.Append("<section>\n<h2>").Append(E(section.Title)).Append("</h2>\n");
            if (section.Note is not null)
            {
                html.Append("<p>").Append(E(section.Note)).Append("</p>\n");
            }

            if (section.Rows.Count == 0)
            {
                html.Append("<p>None.</p>\n</section>\n");
                continue;
            }

            html.Append("<table>\n<caption>").Append(E(section.Title)).Append("</caption>\n");
            if (section.Header is not null)
            {
                html.Append("<thead><tr>");
                foreach (var h in section.Header)
                {
                    html.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
                }

                html.Append("</tr></thead>\n");
            }

            html.Append("<tbody>\n");
            foreach (var row in section.Rows)
            {
                html.Append("<tr>");
                for (var i = 0; i < row.Count; i++)
                {
                    html.Append(section.LabelColumn && i == 0 ? "<th scope=\"row\">" : "<td>").Append(E(row[i])).Append(section.LabelColumn && i == 0 ? "</th>" : "</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static RenderedDocument Pdf(GetDecisionHistory.Bundle bundle, PdfDocumentWriter writer)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(writer);
        var blocks = new List<DocumentBlock>
        {
            new Heading(Title(bundle), 1),
            new Paragraph($"Generated {Time(bundle.GeneratedAt)} (bundle schema version {bundle.SchemaVersion.ToString(CultureInfo.InvariantCulture)})."),
        };
        foreach (var section in Sections(bundle))
        {
            blocks.Add(new Heading(section.Title));
            if (section.Note is not null)
            {
                blocks.Add(new Paragraph(section.Note));
            }

            blocks.Add(section.Rows.Count == 0
                ? new Paragraph("None.")
                : new Table(section.Rows) { Header = section.Header, LabelColumn = section.LabelColumn });
        }

        return writer.Write(new DocumentDefinition
        {
            Metadata = new DocumentMetadata(Title(bundle), "PanelCaseManager", "Decision history for audit", "en-GB", bundle.GeneratedAt),
            RunningHeader = $"Decision history, case {bundle.Decision.CaseReference}",
            Blocks = blocks,
        });
    }

    private static string E(string value) => WebUtility.HtmlEncode(value);

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMMM yyyy HH:mm:ss 'UTC'", EnGb);
}
