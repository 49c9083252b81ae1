using System.Reflection;
using Mediator;
using Microsoft.Extensions.Logging;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Application.Behaviours;

/// <summary>
/// Records who did what, when, to which case, and how it ended — for every command, refused or not, and every read
/// of personal data — in the hash-chained audit trail. Outside authorisation, so refused attempts are recorded too.
/// </summary>
public sealed partial class AuditBehaviour<TMessage, TResponse>(
    ICurrentUser currentUser,
    AuditTrail trail,
    ReadAuditWriter reads,
    CaseAccess access,
    TimeProvider clock,
    ILogger<AuditBehaviour<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string? Kind = typeof(IBaseCommand).IsAssignableFrom(typeof(TMessage))
        ? AuditKinds.Command
        : typeof(TMessage).GetCustomAttribute<ReadsNoPersonalDataAttribute>() is null ? AuditKinds.Read : null;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is IReadsAuditTrail)
        {
            // An auditor's question sees every read made on this instance up to now, not only the groups written.
            await reads.FlushAsync(cancellationToken);
        }

        if (Kind is null || !currentUser.IsAuthenticated)
        {
            return await next(message, cancellationToken);
        }

        var entry = new AuditEntry(
            clock.GetUtcNow(),
            currentUser.Id.Value,
            currentUser.Principal.FindFirst(PanelClaimTypes.Role)?.Value,
            RequestNames.Of<TMessage>(),
            Kind,
            await CaseOfAsync(message, cancellationToken),
            (message as IPanelScoped)?.PanelId,
            AuditOutcomes.Succeeded);

        TResponse response;
        try
        {
            if (Kind == AuditKinds.Command)
            {
                trail.Pending = entry;
            }

            response = await next(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await RecordFailureAsync(entry with { Outcome = OutcomeOf(exception) });
            throw;
        }
        finally
        {
            trail.Pending = null;
        }

        if (Kind == AuditKinds.Read)
        {
            // Grouped with other reads' events, committed within the configured interval (docs/adr/0011).
            await reads.AppendAsync(
                entry with { CaseId = entry.CaseId ?? (response as ICaseScoped)?.PlacementRequestId, ReturnedCaseIds = AuditEntry.CaseList(CasesIn(response)) },
                cancellationToken);
        }

        return response;
    }

    /// <summary>
    /// The case a request is about: named by the request, or, for a request about one decision or letter, its case
    /// (so a decision's history can gather every event of its case by case id), or the case a request names by its
    /// reference. An unknown decision, letter or reference has none.
    /// </summary>
    private async ValueTask<Guid?> CaseOfAsync(TMessage message, CancellationToken cancellationToken) => message switch
    {
        ICaseScoped scoped => scoped.PlacementRequestId,
        IDecisionScoped { DecisionId: var decisionId } when decisionId != Guid.Empty => await access.CaseOfDecisionAsync(decisionId, cancellationToken),
        ILetterScoped { LetterId: var letterId } when letterId != Guid.Empty => await access.CaseOfLetterAsync(letterId, cancellationToken),
        IPartnerRequestScoped { PartnerRequestId: var partnerRequestId } when partnerRequestId != Guid.Empty => await access.CaseOfPartnerRequestAsync(partnerRequestId, cancellationToken),
        ICaseReferenced referenced => await access.CaseOfReferenceAsync(referenced.CaseReference, cancellationToken),
        _ => null,
    };

    /// <summary>The cases a list read returned: a result that says so, or a list of case-scoped items.</summary>
    private static IEnumerable<Guid>? CasesIn(TResponse response) => response switch
    {
        IReturnsCases list => list.ReturnedCaseIds,
        IEnumerable<ICaseScoped> items => items.Select(i => i.PlacementRequestId),
        _ => null,
    };

    private async Task RecordFailureAsync(AuditEntry entry)
    {
        try
        {
            // The caller's token may be cancelled already; the record of what they tried must still be written.
            if (entry.Kind == AuditKinds.Read)
            {
                await reads.AppendAsync(entry, CancellationToken.None);
            }
            else
            {
                await trail.AppendInOwnTransactionAsync(entry, CancellationToken.None);
            }
        }
        catch (Exception auditFailure)
        {
            LogAuditFailed(logger, entry.Action, auditFailure);
        }
    }

    private static string OutcomeOf(Exception exception) => exception switch
    {
        RequestValidationException => AuditOutcomes.Invalid,
        UnauthenticatedException or ForbiddenException => AuditOutcomes.Forbidden,
        NotFoundException => AuditOutcomes.NotFound,
        ConcurrencyConflictException or DomainRuleException or IdempotencyKeyReusedException => AuditOutcomes.Conflict,
        _ => AuditOutcomes.Failed,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the audit record of a failed {Request}")]
    private static partial void LogAuditFailed(ILogger logger, string request, Exception exception);
}
