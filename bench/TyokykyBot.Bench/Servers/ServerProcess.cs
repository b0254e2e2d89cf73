using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace TyokykyBot.Bench.Servers;

/// <summary>How to start one server under test: one process, listening on <see cref="Port"/>, ready when /readyz answers 200.</summary>
internal sealed record ServerSpec(string Name, string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory, int Port)
{
    public Dictionary<string, string> Environment { get; init; } = [];

    public string BaseUrl => $"http://127.0.0.1:{Port}";
}

/// <summary>A server under test as a child process: start-up time, CPU time and resident memory read from /proc.</summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly double ClockTicksPerSecond = 100; // sysconf(_SC_CLK_TCK) on Linux
    private readonly Process process;
    private readonly StreamWriter log;

    private ServerProcess(ServerSpec spec, Process process, StreamWriter log)
    {
        Spec = spec;
        this.process = process;
        this.log = log;
    }

    public ServerSpec Spec { get; }

    public TimeSpan StartupTime { get; private set; }

    public string LogPath { get; private set; } = "";

    public int Pid => process.Id;

    public static async Task<ServerProcess> StartAsync(ServerSpec spec, string logFolder, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(spec.FileName)
        {
            WorkingDirectory = spec.WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in spec.Environment)
        {
            info.Environment[name] = value;
        }

        Directory.CreateDirectory(logFolder);
        var logPath = Path.Combine(logFolder, $"{spec.Name}.log");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        using var ready = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var started = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {spec.Name}.");
        var server = new ServerProcess(spec, process, log) { LogPath = logPath };
        process.OutputDataReceived += (_, e) => server.Write(e.Data);
        process.ErrorDataReceived += (_, e) => server.Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        while (started.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{spec.Name} exited with {process.ExitCode} before it was ready; see {logPath}.");
            }

            try
            {
                using var response = await ready.GetAsync($"{spec.BaseUrl}/readyz");
                if (response.IsSuccessStatusCode)
                {
                    server.StartupTime = started.Elapsed;
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(5);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"{spec.Name} was not ready within {timeout}; see {logPath}.");
    }

    /// <summary>User plus system CPU time of the process so far (all its threads).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        // Fields after the parenthesised command name: state is field 3; utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }

    /// <summary>
    /// What the resident set is made of, in bytes: private memory (RssAnon), mapped files such as
    /// the assemblies (RssFile, shared with other processes), and shared memory (RssShmem: .NET
    /// maps its JIT code twice, writable and executable, to keep W^X).
    /// </summary>
    public (long Anon, long File, long Shmem) ResidentParts()
    {
        var status = Status();
        return (status.GetValueOrDefault("RssAnon"), status.GetValueOrDefault("RssFile"), status.GetValueOrDefault("RssShmem"));
    }

    /// <summary>Resident set size in bytes (VmRSS).</summary>
    public long ResidentBytes() => Status().GetValueOrDefault("VmRSS");

    /// <summary>The "kB" lines of /proc/PID/status, in bytes.</summary>
    private Dictionary<string, long> Status() =>
        File.ReadLines($"/proc/{process.Id}/status")
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2 && p[1].TrimEnd().EndsWith(" kB", StringComparison.Ordinal))
            .ToDictionary(p => p[0], p => long.Parse(p[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024);

    /// <summary>
    /// Lines the server wrote that look like errors (it logs at Warning). EF Core's query of the
    /// migrations history on a brand-new PostgreSQL database is logged as failed although it is
    /// expected (npgsql/efcore.pg#3407, dotnet/efcore#37328), and the migration's transaction right
    /// after it too: those are not problems.
    /// </summary>
    public IReadOnlyList<string> ProblemLines()
    {
        if (!File.Exists(LogPath))
        {
            return [];
        }

        var lines = File.ReadAllLines(LogPath);
        List<string> problems = [];
        var afterHistoryQuery = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var historyQuery = line.Contains("Microsoft.EntityFrameworkCore.Database.Command[20102]", StringComparison.Ordinal)
                && lines.Skip(i + 1).Take(4).Any(l => l.Contains("__EFMigrationsHistory", StringComparison.Ordinal));
            // The migration's transaction then fails the same way, in the same block of start-up lines.
            var itsTransaction = afterHistoryQuery && line.Contains("Microsoft.EntityFrameworkCore.Database.Transaction[20205]", StringComparison.Ordinal);
            if (historyQuery)
            {
                afterHistoryQuery = true;
            }
            else if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && !itsTransaction)
            {
                afterHistoryQuery = false;
            }

            var expected = historyQuery || itsTransaction;
            if (!expected && (line.Contains("fail:", StringComparison.Ordinal) || line.Contains("crit:", StringComparison.Ordinal)
                || line.Contains("Unhandled", StringComparison.Ordinal)))
            {
                problems.Add(line);
            }
        }

        return problems;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            _ = Kill(process.Id, 15); // SIGTERM: let it stop as it would in production
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(stopped.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
        await log.DisposeAsync();
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
