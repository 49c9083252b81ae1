using System.Globalization;
using Mediator;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Security;

namespace PanelCaseManager.Application.Features.Audit;

/// <summary>
/// An auditor asks for a signed statement of where the audit trail ends now, to keep outside the service: it is
/// written as a checkpoint as well, so later checks hold the trail to it.
/// </summary>
public static class SignAuditTrailHead
{
    [RequiresPolicy(Policies.Audit)]
    public sealed record Command : ICommand<Statement>;

    /// <param name="Text">What the checkpoint says, in words.</param>
    public sealed record Statement(string Text, AuditCheckpoint Checkpoint);

    public sealed class Handler(AuditCheckpointWriter writer) : ICommandHandler<Command, Statement>
    {
        public async ValueTask<Statement> Handle(Command command, CancellationToken cancellationToken)
        {
            var written = await writer.WriteAsync(AuditCheckpointKinds.OnDemand, null, cancellationToken);
            return new Statement(Describe(written.Checkpoint), written.Checkpoint);
        }
    }

    public static string Describe(AuditCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var keyed = checkpoint.KeyedFrom is { } from
            ? string.Create(CultureInfo.InvariantCulture, $" Every event from event {from:N0} on is linked with the audit key '{checkpoint.KeyId}' or a key before it.")
            : " No event is linked with an audit key yet.";
        return string.Create(
                   CultureInfo.InvariantCulture,
                   $"At {checkpoint.WrittenAt:yyyy-MM-dd HH:mm:ss} UTC the audit trail ended at event {checkpoint.Sequence:N0}, whose link is {checkpoint.Hash}.")
               + keyed
               + " This statement is signed (mac) with the service's audit key; the service's audit check compares the trail with it.";
    }
}
