using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace PanelCaseManager.Web.Ui;

/// <summary>A success message carried over a post/redirect/get and shown once as a notification banner.</summary>
internal static class Banner
{
    private const string Key = "banner-success";

    public static void Success(this ITempDataDictionary tempData, string message)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Key] = message;
    }

    public static string? TakeSuccess(this ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData[Key] as string;
    }
}
