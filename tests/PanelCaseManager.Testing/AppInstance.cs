using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PanelCaseManager.Testing;

/// <summary>
/// One instance of the built web app (<c>dotnet PanelCaseManager.Web.dll --urls http://127.0.0.1:0</c>) in a process of
/// its own, as a council's load balancer would run several: started, killed with SIGKILL, started again.
/// </summary>
public sealed partial class AppInstance : IDisposable
{
    private readonly List<string> _log = [];
    private int _startedAt;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly IReadOnlyList<string> _arguments;
    private Process? _process;

    public AppInstance(string name, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string>? arguments = null)
    {
        Name = name;
        _environment = environment;
        _arguments = arguments ?? [];
    }

    public string Name { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1:1");

    public bool IsRunning => _process is { HasExited: false };

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToList();
            }
        }
    }

    /// <summary>Starts the process; <see cref="WaitUntilListeningAsync"/> waits for its address.</summary>
    public void Start()
    {
        var web = Repository.WebBuildOutput;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(web, "PanelCaseManager.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        Record($"--- {Name} started at {DateTimeOffset.UtcNow:O}");
        lock (_log)
        {
            _startedAt = _log.Count;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var process = _process ?? throw new InvalidOperationException($"{Name} was not started.");
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {process.ExitCode} while starting:\n{string.Join('\n', Log.TakeLast(60))}");
            }

            var listening = Log.Skip(_startedAt).Select(line => Listening().Match(line)).FirstOrDefault(m => m.Success);
            if (listening is not null)
            {
                BaseAddress = new Uri(listening.Groups["address"].Value);
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} did not listen within {timeout}:\n{string.Join('\n', Log.TakeLast(60))}");
    }

    /// <summary>Waits for the process to end by itself (a start-up that is refused), and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process!.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>kill -9: no shutdown, no flushing, connections dropped mid-request.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        Record($"--- {Name} killed at {DateTimeOffset.UtcNow:O}");
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.Add(line);
            }
        }
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
