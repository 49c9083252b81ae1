using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Domain.Letters;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>Who saved a template version, by display name ("Built in" for the shipped wording).</summary>
internal static class LetterTemplateAuthors
{
    public static async Task<Func<UserId, string>> NamesAsync(PanelDbContext db, IEnumerable<UserId> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return id => IsBuiltIn(id) ? "Built in" : names.GetValueOrDefault(id, id.Value);
    }

    public static bool IsBuiltIn(UserId id) => id.Value == LetterTemplate.BuiltInAuthor;
}
