namespace PanelCaseManager.Application.Common;

/// <summary>
/// Work that must wait until the command's transaction has committed: dropping what this instance remembers of a
/// record, so that a request arriving between the change and its commit cannot read the old row and keep it. Run by
/// <see cref="Behaviours.UnitOfWorkBehaviour{TMessage, TResponse}"/> once the commit succeeds; dropped if it fails.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Action> _actions = [];

    public void Add(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _actions.Add(action);
    }

    /// <summary>Forgets what an attempt that did not commit asked for.</summary>
    public void Clear() => _actions.Clear();

    public void Run()
    {
        var actions = _actions.ToList();
        _actions.Clear();
        foreach (var action in actions)
        {
            action();
        }
    }
}
