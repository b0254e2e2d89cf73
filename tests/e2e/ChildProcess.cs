using System.Diagnostics;
using System.Text;

namespace TyokykyBot.E2E;

/// <summary>A started program whose output goes to a log file; disposing kills its whole tree.</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly StringBuilder _output = new();

    private ChildProcess(Process process, string logPath)
    {
        _process = process;
        LogPath = logPath;
        _log = new StreamWriter(logPath, append: false) { AutoFlush = true };
    }

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines written; once the program has exited, all of them.</summary>
    public string Tail(int lines = 30)
    {
        if (_process.HasExited)
        {
            // Waits for the asynchronous readers to reach the end of the output.
            _process.WaitForExit();
        }

        return string.Join('\n', Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines));
    }

    public string Output
    {
        get { lock (_output) { return _output.ToString(); } }
    }

    public static ChildProcess Start(ProcessStartInfo info, string logPath)
    {
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process, logPath);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        lock (_output) { _log.Dispose(); }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            _log.WriteLine(line);
        }
    }
}
