using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Notify.Client;
using Notify.Exceptions;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Persistence;

namespace PanelCaseManager.Infrastructure.Notifications;

/// <summary>
/// Delivers the letter-issued notification through GOV.UK Notify (docs/adr/0190): an email to the family member
/// with the case reference and a link to the letter in the service (never the child's name), and, when the
/// family contact has no email or posting is switched on, the letter's PDF as a precompiled letter, once per
/// letter; a message Notify already holds under the same reference is not sent again. Other kinds of
/// notification go to the log sender. Notify's 4xx answers (other than 429) are final and raise
/// <see cref="NotificationRejectedException"/>; 5xx, 429 and timeouts are left to the outbox to retry.
/// </summary>
public sealed partial class GovukNotifySender(
    NotificationClient client,
    PanelDbContext db,
    IDocumentStore documents,
    IOptions<NotifyOptions> options,
    LogNotificationSender fallback,
    ILogger<GovukNotifySender> logger) : INotificationSender
{
    public async Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (notification.Kind.StartsWith("partner-", StringComparison.Ordinal) && options.Value.PartnerEmailTemplateId is { } partnerTemplate)
        {
            await SendPartnerEmailAsync(notification, partnerTemplate, cancellationToken);
            return;
        }

        if (notification.Kind != NotificationKinds.DecisionLetterIssued)
        {
            await fallback.SendAsync(notification, cancellationToken);
            return;
        }

        if (!LetterNotifications.TryGetLetterId(notification.Link, out var letterId))
        {
            throw new NotificationRejectedException("The letter-issued notification does not link to a letter.");
        }

        var letter = await db.IssuedLetters.AsNoTracking().SingleOrDefaultAsync(l => l.Id == letterId, cancellationToken)
                     ?? throw new NotificationRejectedException($"Letter {letterId} does not exist.");
        var caseReference = await db.PlacementRequests.AsNoTracking()
            .Where(p => p.Id == letter.PlacementRequestId).Select(p => p.Reference).SingleAsync(cancellationToken);
        var recipientEmail = await db.Users.AsNoTracking()
            .Where(u => u.Id == notification.RecipientId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        var contactEmail = await db.FamilyContacts.AsNoTracking()
            .Where(c => c.PlacementRequestId == letter.PlacementRequestId).Select(c => c.Email).FirstOrDefaultAsync(cancellationToken);
        var firstForLetter = await db.Notifications.AsNoTracking()
            .Where(n => n.Link == notification.Link)
            .OrderBy(n => n.CreatedAt).ThenBy(n => n.Id)
            .Select(n => n.Id).FirstOrDefaultAsync(cancellationToken);
        var settings = options.Value;
        var post = (settings.PostLetters || string.IsNullOrWhiteSpace(contactEmail)) && firstForLetter == notification.Id;

        string? emailId = null;
        if (!string.IsNullOrWhiteSpace(recipientEmail))
        {
            var personalisation = new Dictionary<string, dynamic>
            {
                ["case_reference"] = caseReference.Value,
                ["letter_reference"] = letter.Reference,
                ["link"] = settings.LinkTo(notification.Link!).ToString(),
            };
            var reference = notification.Id.ToString();
            emailId = await AlreadySent("email", reference, cancellationToken)
                      ?? (await Call(
                          "email",
                          recipientEmail,
                          () => client.SendEmailAsync(recipientEmail, settings.LetterIssuedEmailTemplateId, personalisation, reference),
                          cancellationToken)).id;
        }
        else if (!post)
        {
            throw new NotificationRejectedException("The family member has no email address and the letter is not to be posted.");
        }

        string? letterNotificationId = null;
        if (post)
        {
            letterNotificationId = await AlreadySent("letter", letter.Reference, cancellationToken);
            if (letterNotificationId is null)
            {
                var pdf = await ReadPdf(letter.Sha256, cancellationToken);
                letterNotificationId = (await Call(
                    "precompiled letter",
                    recipientEmail,
                    () => client.SendPrecompiledLetterAsync(letter.Reference, pdf, settings.Postage),
                    cancellationToken)).id;
            }
        }

        LogDelivered(logger, notification.Id, emailId ?? "none", letterNotificationId ?? "none");
    }

    /// <summary>
    /// A partner's notification by email (docs/adr/0205): its subject and body, which name a case by its reference at
    /// most, and the link into the service; sent once, the notification's id being Notify's reference.
    /// </summary>
    private async Task SendPartnerEmailAsync(Notification notification, string templateId, CancellationToken cancellationToken)
    {
        var recipientEmail = await db.Users.AsNoTracking()
            .Where(u => u.Id == notification.RecipientId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(recipientEmail))
        {
            throw new NotificationRejectedException("The partner's account has no email address.");
        }

        var personalisation = new Dictionary<string, dynamic>
        {
            ["subject"] = notification.Subject,
            ["body"] = notification.Body,
            ["link"] = options.Value.LinkTo(notification.Link ?? "/partner").ToString(),
        };
        var reference = notification.Id.ToString();
        var emailId = await AlreadySent("email", reference, cancellationToken)
                      ?? (await Call("email", recipientEmail, () => client.SendEmailAsync(recipientEmail, templateId, personalisation, reference), cancellationToken)).id;
        LogDelivered(logger, notification.Id, emailId, "none");
    }

    /// <summary>
    /// The id Notify gave a message sent earlier with this reference, if any: a retry after the email went but the
    /// posted letter failed for now (or after Notify accepted a message whose answer was lost) sends nothing twice.
    /// </summary>
    private async Task<string?> AlreadySent(string templateType, string reference, CancellationToken cancellationToken)
    {
        var earlier = await Call(
            $"look-up of earlier {templateType} messages",
            null,
            () => client.GetNotificationsAsync(templateType: templateType, reference: reference),
            cancellationToken);
        return earlier.notifications?.FirstOrDefault(n => n.reference == reference)?.id;
    }

    private async Task<byte[]> ReadPdf(string sha256, CancellationToken cancellationToken)
    {
        await using var stream = await documents.OpenAsync(sha256, cancellationToken)
                                 ?? throw new NotificationRejectedException($"The stored letter {sha256} is missing from the document store.");
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static async Task<T> Call<T>(string what, string? recipientEmail, Func<Task<T>> send, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return await send();
        }
        catch (NotifyClientException e) when (StatusOf(e) is { } status && status is >= 400 and < 500 && status != 429)
        {
            throw new NotificationRejectedException($"GOV.UK Notify refused the {what} (HTTP {status}): {ErrorsOf(e, recipientEmail)}", e);
        }
    }

    /// <summary>The client reports failures as "Status code 400. ..." in the message: the status is read from there.</summary>
    public static int? StatusOf(NotifyClientException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var match = StatusCode().Match(exception.Message);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Notify's error list ("BadRequestError: ..."), without the recipient's address should Notify repeat it.</summary>
    private static string ErrorsOf(NotifyClientException exception, string? recipientEmail)
    {
        var errors = ErrorEntry().Matches(exception.Message)
            .Select(m => $"{Regex.Unescape(m.Groups["error"].Value)}: {Regex.Unescape(m.Groups["message"].Value)}")
            .ToList();
        var summary = errors.Count == 0 ? "no detail given" : string.Join("; ", errors);
        return string.IsNullOrEmpty(recipientEmail) ? summary : summary.Replace(recipientEmail, "(the recipient)", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"""error""\s*:\s*""(?<error>(?:[^""\\]|\\.)*)""\s*,\s*""message""\s*:\s*""(?<message>(?:[^""\\]|\\.)*)""")]
    private static partial Regex ErrorEntry();

    [GeneratedRegex(@"Status code (\d{3})")]
    private static partial Regex StatusCode();

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {NotificationId} sent through GOV.UK Notify (email {EmailId}, letter {LetterId})")]
    private static partial void LogDelivered(ILogger logger, Guid notificationId, string emailId, string letterId);
}
