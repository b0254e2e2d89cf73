using System.Diagnostics;
using TyokykyBot.Bench;
using TyokykyBot.Bench.Report;

// bench/run runs the full benchmark and rewrites bench/RESULTS.md; script/test runs `--smoke`:
// every scenario for about a second, checked for errors, never for timings.
var options = BenchOptions.Parse(args);
var results = new BenchResults();
var started = DateTimeOffset.UtcNow;
var watch = Stopwatch.StartNew();
void Say(string line) => Console.WriteLine($"[{watch.Elapsed:mm\\:ss}] {line}");

try
{
    await new BenchRun(options, results, Say).RunAsync();
}
catch (Exception ex)
{
    results.Problems.Add($"The run stopped: {ex.GetType().Name}: {ex.Message}");
    Console.Error.WriteLine(ex);
}

if (options.Smoke)
{
    return SmokeVerdict.Print(results);
}

var report = ResultsReport.Write(results, await Machine.DescribeAsync(options), options, started, watch.Elapsed);
var output = options.Output ?? Path.Combine(options.Root, "bench", "RESULTS.md");
await File.WriteAllTextAsync(output, report);
Say($"wrote {output}");
return results.Problems.Any(p => p.StartsWith("The run stopped", StringComparison.Ordinal)) ? 1 : 0;
