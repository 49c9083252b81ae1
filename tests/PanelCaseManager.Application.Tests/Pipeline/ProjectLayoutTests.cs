using System.Text.RegularExpressions;
using PanelCaseManager.Testing;

namespace PanelCaseManager.Application.Tests.Pipeline;

/// <summary>How the code and its records are laid out, so that a reader finds a use case or a decision by its name.</summary>
public partial class ProjectLayoutTests
{
    private static readonly string Features = Path.Combine(Repository.Root, "src", "PanelCaseManager.Application", "Features");

    private static readonly string Decisions = Path.Combine(Repository.Root, "docs", "adr");

    [Test]
    public void Each_use_case_has_a_file_of_its_own_named_after_it()
    {
        var files = Directory.GetFiles(Features, "*.cs", SearchOption.AllDirectories);
        files.Should().NotBeEmpty();

        var crowded = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var useCases = UseCase().Matches(text).Select(m => m.Groups["name"].Value).Distinct().ToList();
            var name = Path.GetFileNameWithoutExtension(file);
            if (useCases.Count > 1 || (useCases.Count == 1 && useCases[0] != name))
            {
                crowded.Add($"{Path.GetRelativePath(Features, file)}: {string.Join(", ", useCases)}");
            }
        }

        crowded.Should().BeEmpty("a use case (a static class holding a Command or Query) lives in a file named after it, alone");
    }

    [Test]
    public void Every_architecture_decision_record_says_its_status_and_date()
    {
        var records = Directory.GetFiles(Decisions, "*.md");
        records.Should().HaveCountGreaterThan(50);

        var incomplete = records
            .Where(r =>
            {
                var head = File.ReadLines(r).Take(8).ToList();
                return !head.Any(l => l.StartsWith("Status:", StringComparison.Ordinal))
                    || !head.Any(l => StatedDate().IsMatch(l));
            })
            .Select(Path.GetFileName)
            .ToList();

        incomplete.Should().BeEmpty("each record opens with its status and the date it was decided");
    }

    /// <summary>A use case: a top-level static class with a nested Command or Query record.</summary>
    [GeneratedRegex(@"^public static class (?<name>\w+)\s*\{(?:(?!^\}).)*?^\s{4}public sealed (?:partial )?record (?:Command|Query)\b", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex UseCase();

    [GeneratedRegex(@"^(Date: |Status:.*)\d{4}-\d{2}-\d{2}")]
    private static partial Regex StatedDate();
}
