using Microsoft.EntityFrameworkCore;

namespace PanelCaseManager.Application.Common;

/// <summary>Reads provider-specific failures, which only the database adapter knows how to recognise.</summary>
public interface IDatabaseErrors
{
    /// <summary>True when the save failed because a unique index already holds the value: someone else got there first.</summary>
    bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>
    /// True when the database server could not be reached or went away (stopped, failing over, a dropped connection)
    /// and the tries again were used up: the transaction was not committed, and the request may be made again later.
    /// </summary>
    bool IsUnavailable(Exception exception);
}
