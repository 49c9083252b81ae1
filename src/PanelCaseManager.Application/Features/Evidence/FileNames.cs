using System.Globalization;

namespace PanelCaseManager.Application.Features.Evidence;

/// <summary>
/// Characters a file's name must not hold: control characters, and the Unicode bidirectional controls that reorder
/// what is shown, so that "report" + a right-to-left override + "fdp.exe" is shown as "reportexe.pdf" (an old trick
/// of malware senders). A name with one is refused, never cleaned up quietly, so what is stored is what was sent.
/// </summary>
public static class FileNames
{
    private static readonly Dictionary<char, string> BidirectionalControls = new()
    {
        ['\u061C'] = "ARABIC LETTER MARK",
        ['\u200E'] = "LEFT-TO-RIGHT MARK",
        ['\u200F'] = "RIGHT-TO-LEFT MARK",
        ['\u202A'] = "LEFT-TO-RIGHT EMBEDDING",
        ['\u202B'] = "RIGHT-TO-LEFT EMBEDDING",
        ['\u202C'] = "POP DIRECTIONAL FORMATTING",
        ['\u202D'] = "LEFT-TO-RIGHT OVERRIDE",
        ['\u202E'] = "RIGHT-TO-LEFT OVERRIDE",
        ['\u2066'] = "LEFT-TO-RIGHT ISOLATE",
        ['\u2067'] = "RIGHT-TO-LEFT ISOLATE",
        ['\u2068'] = "FIRST STRONG ISOLATE",
        ['\u2069'] = "POP DIRECTIONAL ISOLATE",
    };

    /// <summary>What is wrong with the name's characters, in words a caseworker can act on; null when nothing is.</summary>
    public static string? HiddenCharacterProblem(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        foreach (var character in fileName)
        {
            var code = ((int)character).ToString("X4", CultureInfo.InvariantCulture);
            if (BidirectionalControls.TryGetValue(character, out var name))
            {
                return $"The file's name contains a hidden character (U+{code} {name}) that changes the order its letters are shown in, "
                       + "which can disguise what kind of file it is. Rename the file with ordinary letters and numbers, then upload it again.";
            }

            if (char.IsControl(character))
            {
                return $"The file's name contains a control character (U+{code}), which a name cannot hold. Rename the file with ordinary letters and numbers, then upload it again.";
            }
        }

        return null;
    }
}
