using Microsoft.EntityFrameworkCore;

namespace PanelCaseManager.Application.Common;

/// <summary>Reads provider-specific failures, which only the database adapter knows how to recognise.</summary>
public interface IDatabaseErrors
{
    /// <summary>True when the save failed because a unique index already holds the value: someone else got there first.</summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
