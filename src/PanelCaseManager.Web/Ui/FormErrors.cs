using Microsoft.AspNetCore.Mvc.ModelBinding;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Web.Ui;

/// <summary>
/// Puts the application's refusals into a page's ModelState, so that the form is shown again with an error
/// summary linked to its fields: validation errors against the field they name, broken rules and stale versions
/// as errors of the page as a whole.
/// </summary>
internal static class FormErrors
{
    public const string StaleVersionMessage =
        "Someone else changed this case after you opened this page, so nothing was changed. Check the case as it is now before you try again. If you had just pressed the button, your change was already made.";

    /// <summary>The field of a command that carries the version the form was opened on: a form has no box for it.</summary>
    public const string VersionField = "expectedVersion";

    /// <param name="fieldName">The form's name for a field the application names; null to leave out an error the page has already given in its own words.
    /// The version the form was opened on has no box: its errors are the page's.</param>
    public static void AddRequestErrors(this ModelStateDictionary modelState, RequestValidationException exception, Func<string, string?>? fieldName = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var (field, messages) in exception.Errors)
        {
            var name = field == VersionField ? string.Empty : fieldName is null ? field : fieldName(field);
            if (name is null)
            {
                continue;
            }

            foreach (var message in messages)
            {
                modelState.AddModelError(name, message);
            }
        }
    }

    /// <summary>An error about the form as a whole: shown in the summary without a field to link to.</summary>
    public static void AddPageError(this ModelStateDictionary modelState, string message)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        modelState.AddModelError(string.Empty, message);
    }

    /// <summary>Runs a command, turning the refusals a user can act on into form errors; false when it was refused.</summary>
    /// <param name="whenResent">
    /// What to tell the user when the form's idempotency key was already used with other answers (the same form sent
    /// twice after a change): the page then gives the form a new key, so that pressing again is a new request.
    /// </param>
    public static async Task<(bool Succeeded, T? Result)> TrySendAsync<T>(
        this ModelStateDictionary modelState, Func<Task<T>> send, Func<string, string?>? fieldName = null, string? whenResent = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(send);
        try
        {
            return (true, await send());
        }
        catch (RequestValidationException validation)
        {
            modelState.AddRequestErrors(validation, fieldName);
        }
        catch (ConcurrencyConflictException)
        {
            modelState.AddPageError(StaleVersionMessage);
        }
        catch (DomainRuleException rule)
        {
            modelState.AddPageError(rule.Message);
        }
        catch (IdempotencyKeyReusedException) when (whenResent is not null)
        {
            modelState.AddPageError(whenResent);
        }

        return (false, default);
    }
}
