using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace TyokykyBot.Bench.Load;

/// <summary>What one wrk run reported; latencies in microseconds.</summary>
internal sealed record WrkResult(long Requests, TimeSpan Duration, long SocketErrors, long StatusErrors, long Timeouts, double P50Micros, double P99Micros)
{
    public double RequestsPerSecond => Duration > TimeSpan.Zero ? Requests / Duration.TotalSeconds : 0;

    public long Errors => SocketErrors + StatusErrors + Timeouts;
}

/// <summary>
/// Drives a server with wrk (Debian's package): POSTs the bodies of a file, one per line, each
/// thread starting at its own place, with the given headers.
/// </summary>
internal static class Wrk
{
    public const int Threads = 2;

    public static async Task<WrkResult> RunAsync(
        string url, string bodiesFile, IReadOnlyDictionary<string, string> headers, int connections, TimeSpan duration, string workFolder)
    {
        var script = Path.Combine(workFolder, "load.lua");
        await File.WriteAllTextAsync(script, Script(bodiesFile, headers));
        var info = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-t", Threads.ToString(CultureInfo.InvariantCulture), "-c", connections.ToString(CultureInfo.InvariantCulture),
                     "-d", $"{Math.Max(1, (int)duration.TotalSeconds)}s", "--timeout", "10s", "-s", script, url,
                 })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start wrk (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("BENCH-RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk gave no result (exit {process.ExitCode}): {output} {errors}");
        var n = line.Split(' ')[1..].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new WrkResult(
            Requests: (long)n[0],
            Duration: TimeSpan.FromMicroseconds(n[1]),
            SocketErrors: (long)(n[2] + n[3] + n[4]),
            StatusErrors: (long)n[5],
            Timeouts: (long)n[6],
            P50Micros: n[7],
            P99Micros: n[8]);
    }

    private static string Script(string bodiesFile, IReadOnlyDictionary<string, string> headers)
    {
        var lua = new StringBuilder();
        lua.AppendLine("wrk.method = \"POST\"");
        foreach (var (name, value) in headers)
        {
            lua.AppendLine(CultureInfo.InvariantCulture, $"wrk.headers[{Quote(name)}] = {Quote(value)}");
        }

        lua.AppendLine(CultureInfo.InvariantCulture, $"local bodies_file = {Quote(bodiesFile)}");
        lua.Append("""
            local threads_started = 0
            function setup(thread)
              thread:set("thread_index", threads_started)
              threads_started = threads_started + 1
            end

            local bodies = {}
            local count = 0
            local next_index = 0
            function init(args)
              for line in io.lines(bodies_file) do
                count = count + 1
                bodies[count] = line
              end
              -- Each thread starts at its own place, so the threads do not send the same body at once.
              next_index = math.floor((thread_index or 0) * count / 
            """);
        lua.AppendLine(CultureInfo.InvariantCulture, $"{Threads})");
        lua.Append("""
            end

            function request()
              next_index = next_index % count + 1
              return wrk.format(nil, nil, nil, bodies[next_index])
            end

            function done(summary, latency, requests)
              io.write(string.format("BENCH-RESULT %d %d %d %d %d %d %d %d %d\n",
                summary.requests, summary.duration, summary.errors.connect, summary.errors.read, summary.errors.write,
                summary.errors.status, summary.errors.timeout, latency:percentile(50), latency:percentile(99)))
            end

            """);
        return lua.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
