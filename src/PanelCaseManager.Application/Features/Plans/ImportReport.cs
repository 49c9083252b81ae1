using PanelCaseManager.Application.Common;

namespace PanelCaseManager.Application.Features.Plans;

/// <summary>The problems an import found so far, by row and column, up to a limit; thrown as one 400 that names them all.</summary>
internal sealed class ImportReport(int limit)
{
    private readonly Dictionary<string, List<string>> _errors = [];
    private int _count;

    public bool Any => _errors.Count > 0;

    public void Add(string key, string message)
    {
        if (_count++ >= limit)
        {
            return;
        }

        if (!_errors.TryGetValue(key, out var messages))
        {
            _errors[key] = messages = [];
        }

        messages.Add(message);
    }

    public void ThrowIfAny()
    {
        if (!Any)
        {
            return;
        }

        var closing = _count > limit
            ? $"There are {_count} problems; the first {limit} are listed. Nothing was imported."
            : "Nothing was imported: correct these rows and import the whole file again.";
        _errors["file"] = [.. _errors.GetValueOrDefault("file") ?? [], closing];
        throw new RequestValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
