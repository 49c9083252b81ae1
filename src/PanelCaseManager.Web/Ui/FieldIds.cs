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
        foreach (var c in fieldName)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                id.Append(c);
            }
            else if (c is '.' or '[' && id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().TrimEnd('-');
    }
}
