using System.Text;

namespace PanelCaseManager.Web.Ui;

/// <summary>
/// Form fields are named as the application names them in its validation errors ("child.dateOfBirth",
/// "preferences[0].reasons"), so an error goes straight to its field. This turns such a name into the id of the
/// field's first input, which the error summary links to.
/// </summary>
internal static class FieldIds
{
    public static string For(string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        var id = new StringBuilder(fieldName.Length);
        var segmentStart = true;
        foreach (var c in fieldName)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                // ModelState may hold "Child.GivenName" where the form says "child.givenName": both are "child-givenName".
                id.Append(segmentStart ? char.ToLowerInvariant(c) : c);
                segmentStart = false;
                continue;
            }

            segmentStart = true;
            if (c is '.' or '[' && id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().TrimEnd('-');
    }
}
