using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace PanelCaseManager.Infrastructure.Notifications;

/// <summary>
/// GOV.UK Notify, used instead of the log sender when an API key is configured (docs/adr/0190). The key is a secret:
/// supply it from the environment or a secret store, never appsettings.json; it is never logged or echoed in errors.
/// </summary>
public sealed class NotifyOptions
{
    public const string Section = "Notify";

    /// <summary>The Notify API key ("name-serviceid-secret"); empty means Notify is not used.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The Notify email template for "your decision letter is ready", with ((case_reference)), ((letter_reference)) and ((link)).</summary>
    public string? LetterIssuedEmailTemplateId { get; set; }

    /// <summary>Post every issued letter as a precompiled letter; when off, only families whose contact has no email get it by post.</summary>
    public bool PostLetters { get; set; }

    /// <summary>
    /// The id of the email template for partners' notifications (invited, waiting, due soon, overdue): a template with
    /// the placeholders ((subject)), ((body)) and ((link)). Unset: partners' notifications go to the log sender.
    /// </summary>
    public string? PartnerEmailTemplateId { get; set; }

    /// <summary>Postage class for precompiled letters: first, second or economy.</summary>
    public string Postage { get; set; } = "second";

    /// <summary>
    /// The service's public address, which the email's link to the letter starts with; with its path when the service
    /// runs under one ("https://intranet.example.gov.uk/send-panel").
    /// </summary>
    public Uri? ServiceBaseUrl { get; set; }

    /// <summary>
    /// The absolute address of a page from a notification's link ("/partner/requests/…", relative to the service's
    /// root): under <see cref="ServiceBaseUrl"/>'s path, which a plain <c>new Uri(base, "/…")</c> would drop.
    /// </summary>
    public Uri LinkTo(string link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var root = (ServiceBaseUrl ?? throw new InvalidOperationException("Notify:ServiceBaseUrl is not set.")).AbsoluteUri.TrimEnd('/');
        return new Uri($"{root}/{link.TrimStart('/')}");
    }

    /// <summary>How long one call to Notify may take before it is abandoned and tried again on the next run.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);
}

/// <summary>Checks the Notify settings on start when a key is configured; the messages never repeat the key.</summary>
public sealed partial class NotifyOptionsValidator : IValidateOptions<NotifyOptions>
{
    private static readonly string[] PostageClasses = ["first", "second", "economy"];

    public ValidateOptionsResult Validate(string? name, NotifyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!ApiKeyShape().IsMatch(options.ApiKey!))
        {
            failures.Add("Notify:ApiKey is not a GOV.UK Notify API key (a name followed by the service id and the secret, each a UUID).");
        }

        if (!Guid.TryParse(options.LetterIssuedEmailTemplateId, out _))
        {
            failures.Add("Notify:LetterIssuedEmailTemplateId must be the id (a UUID) of the 'decision letter ready' email template.");
        }

        if (options.PartnerEmailTemplateId is not null && !Guid.TryParse(options.PartnerEmailTemplateId, out _))
        {
            failures.Add("Notify:PartnerEmailTemplateId must be the id (a UUID) of the partners' email template, or left out.");
        }

        if (options.ServiceBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback))
        {
            failures.Add("Notify:ServiceBaseUrl must be the service's absolute https address, which the email's link starts with.");
        }

        if (!PostageClasses.Contains(options.Postage, StringComparer.Ordinal))
        {
            failures.Add("Notify:Postage must be first, second or economy.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5))
        {
            failures.Add("Notify:Timeout must be more than zero and at most 5 minutes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^.+-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex ApiKeyShape();
}
