using System.Globalization;
using System.Text;

namespace TyokykyBot.Bench.Report;

/// <summary>bench/RESULTS.md: the run's numbers, the ratios to the peers, and the targets met or missed.</summary>
internal static class ResultsReport
{
    public const string Bare = "bare endpoint";
    public const string Echo = "hand-written echo bot";
    public const string Botbuilder = "botbuilder-js echo bot";
    public const string DurableFloor = "durable-write floor";

    private static readonly Dictionary<string, string> ScenarioNames = new()
    {
        [BenchRun.A] = "(a) `/neuvottelu` message → convene card",
        [BenchRun.B] = "(b) consent invoke (write + card)",
        [BenchRun.C] = "(c) 90 % messages, 10 % invokes",
        [BenchRun.D] = "(d) (b) with Graph answering after 3 s",
    };

    public static string Write(BenchResults results, Machine machine, BenchOptions options, DateTimeOffset started, TimeSpan took)
    {
        var md = new StringBuilder();
        Line(md, "# Benchmark results");
        Line(md);
        Line(md, $"Written by `bench/run` on {started:yyyy-MM-dd HH:mm} UTC (the run took {took.TotalMinutes:0.0} min). Every number below comes from this one run on this one machine: " +
                 "compare servers within it, not with other runs (identical passes differ by up to 20 % here).");
        Line(md);
        Line(md, "| Machine | |");
        Line(md, "|---|---|");
        foreach (var (name, value) in machine.Facts)
        {
            Line(md, $"| {name} | {value} |");
        }

        Line(md);
        Line(md, "## How it was measured");
        Line(md);
        Line(md, $"- Everything on loopback, one server at a time; `wrk -t{Load.Wrk.Threads} -c{options.Connections}` for {options.Duration.TotalSeconds:0} s per pass, {options.Passes} passes, " +
                 $"after a {options.WarmUp.TotalSeconds:0} s warm-up; every server logs at Warning.");
        Line(md, $"- TyokykyBot runs {(options.BotFolder is null ? "its Release build" : "its `dotnet publish` output (ReadyToRun)")} as in Azure: a user-assigned managed identity (tokens from a fake App Service identity endpoint), " +
                 "Bot Framework JWT validation of every request (RS256 tokens from a local OpenID metadata document), the Graph calendar against a fake Graph, " +
                 $"{options.Pairs} cases convened through its own cards before the load, AES-GCM encryption of case data, SQLite and then PostgreSQL.");
        Line(md, "- The peers get the same message activity without a token (none of them checks one): the bare endpoint only answers 200; " +
                 "the hand-written echo bot parses the activity and posts the reply before answering; the botbuilder-js echo bot is the SDK's CloudAdapter with restify, anonymous. " +
                 "`TyokykyBot (anonymous, SQLite)` is the bot in its local mode under the same conditions as the peers. " +
                 "The durable-write floor gets (b)'s consent invokes: it parses each, and makes it durable in SQLite (one transaction: the person's 4 KB row read and rewritten, " +
                 "an audit row, two outbox rows; WAL, synchronous FULL as the bot runs) before answering; it checks no token and encrypts, renders and sends nothing.");
        Line(md, "- The fake connector answers at once. In (a)–(d) the bot's per-tenant cap (50/s) is lifted, because the loopback connector stands for all of Teams; " +
                 "its per-conversation limits stay on (the load is spread over many people, as real load is). In (e) every limit is on, and the fake connector enforces them.");
        Line(md, "- CPU is the server process's user + system time over the pass divided by the requests; RSS is read from /proc after the pass " +
                 $"(the bot has a directory of more than {options.DirectoryPairs * 2:N0} people, all of whom have written to it; the memory table shows what RSS is made of). " +
                 "Errors are socket errors, non-2xx answers and timeouts, plus requests that left no trace (a message with no reply, an invoke with no recorded consent).");
        Line(md);

        Targets(md, results);
        Interactive(md, results);
        Ratios(md, results);
        Startups(md, results);
        Outbox(md, results);

        if (results.Problems.Count > 0)
        {
            Line(md, "## Problems seen during the run");
            Line(md);
            foreach (var problem in results.Problems)
            {
                Line(md, $"- {problem}");
            }

            Line(md);
        }

        return md.ToString();
    }

    private static void Targets(StringBuilder md, BenchResults r)
    {
        Line(md, "## Targets");
        Line(md);
        Line(md, "| Target | Measured | Met |");
        Line(md, "|---|---|---|");
        foreach (var bot in Bots(r))
        {
            Target(md, $"{bot} (a) ≥ 50 % of the echo bot's throughput", Ratio(r.MeanRps(bot, BenchRun.A), r.MeanRps(Echo, BenchRun.A)), v => v >= 0.5, Percent);
            Target(md, $"{bot} (a) p99 ≤ 25 ms", MaxP99(r, bot, BenchRun.A), v => v <= 25, Ms);
            Target(md, $"{bot} (b) ≥ 3× the botbuilder-js echo bot", Ratio(r.MeanRps(bot, BenchRun.B), r.MeanRps(Botbuilder, BenchRun.A)), v => v >= 3, Times);

            Target(md, $"{bot} (c) ≥ 3× the botbuilder-js echo bot", Ratio(r.MeanRps(bot, BenchRun.C), r.MeanRps(Botbuilder, BenchRun.A)), v => v >= 3, Times);
            Target(md, $"{bot} (d) invoke p99 ≤ 50 ms", MaxP99(r, bot, BenchRun.D), v => v <= 50, Ms);
        }

        foreach (var floor in Floors(r))
        {
            // What this machine allows: below 3× here, no bot that makes each click durable before answering can meet (b).
            Target(md, $"{floor} (b) ≥ 3× the botbuilder-js echo bot (can any bot meet (b) here?)",
                Ratio(r.MeanRps(floor, BenchRun.B), r.MeanRps(Botbuilder, BenchRun.A)), v => v >= 3, Times);
        }

        // A restart on an existing database, as an instance starts in production; the first start
        // of each run also creates the schema and is listed under start-up below.
        foreach (var startup in r.Startups.Where(s => s.Server.StartsWith("TyokykyBot", StringComparison.Ordinal) && s.Server.EndsWith("(e)", StringComparison.Ordinal)))
        {
            Target(md, $"{startup.Server[..^4]} start-up to /readyz ≤ 1.5 s (a restart)", startup.Time.TotalSeconds, v => v <= 1.5, v => $"{v:0.00} s");
        }

        foreach (var memory in r.Memory.GroupBy(m => m.Server).Select(g => g.Last()))
        {
            var label = $"{memory.Server} RSS ≤ 200 MB after 100,000 activities (it had {memory.Activities:N0})";
            Target(md, label, memory.RssBytes / 1048576.0, v => v <= 200 && memory.Activities >= 100_000, v => $"{v:0} MB");
        }

        foreach (var run in r.Outbox)
        {
            Target(md, $"{run.Server} (e) ≥ 90 % of the allowed rate", run.ShareOfAllowed, v => v >= 0.9, Percent);
            Target(md, $"{run.Server} (e) 0 over a limit, 0 lost, 0 duplicated", run.OverLimit + run.Lost + run.Duplicated + run.NotSent, v => v == 0,
                _ => $"{run.OverLimit} over, {run.Lost} lost, {run.Duplicated} duplicated, {run.NotSent} not sent");
        }

        Line(md);
    }

    private static void Interactive(StringBuilder md, BenchResults r)
    {
        Line(md, "## Every pass");
        Line(md);
        Line(md, "| Server | Scenario | Pass | Requests/s | p50 ms | p99 ms | Errors | CPU µs/request | RSS MB |");
        Line(md, "|---|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in r.Passes)
        {
            Line(md, $"| {p.Server} | {ScenarioNames[p.Scenario]} | {p.Pass} | {p.Wrk.RequestsPerSecond:N0} | {p.Wrk.P50Micros / 1000:0.00} | {p.Wrk.P99Micros / 1000:0.00} | " +
                     $"{p.Errors} | {p.CpuMicrosPerRequest:0} | {p.RssBytes / 1048576} |");
        }

        Line(md);
    }

    private static void Ratios(StringBuilder md, BenchResults r)
    {
        Line(md, "## Ratios to the peers");
        Line(md);
        Line(md, "Mean requests/s over the passes, divided by each peer's mean in (a) (the echo peers only do (a): they have no cases), " +
                 "and for the invokes by the durable-write floor's mean in (b): the same consent invokes, each recorded by the least a bot could do " +
                 "(one SQLite transaction on disk with a 4 KB row, an audit row and two outbox rows; no token check, encryption, card or outbox work).");
        Line(md);
        Line(md, "| Server | Scenario | Requests/s | ÷ bare endpoint | ÷ hand-written echo | ÷ botbuilder-js echo | ÷ durable-write floor (b), same database |");
        Line(md, "|---|---|---:|---:|---:|---:|---:|");
        foreach (var group in r.Passes.GroupBy(p => (p.Server, p.Scenario)))
        {
            var mean = group.Average(p => p.Wrk.RequestsPerSecond);
            Line(md, $"| {group.Key.Server} | {ScenarioNames[group.Key.Scenario]} | {mean:N0} | {Show(Ratio(mean, r.MeanRps(Bare, BenchRun.A)))} | " +
                     $"{Show(Ratio(mean, r.MeanRps(Echo, BenchRun.A)))} | {Show(Ratio(mean, r.MeanRps(Botbuilder, BenchRun.A)))} | " +
                     $"{(group.Key.Scenario is BenchRun.B or BenchRun.D ? Show(Ratio(mean, r.MeanRps(FloorFor(group.Key.Server), BenchRun.B))) : "-")} |");
        }

        Line(md);
    }

    private static void Startups(StringBuilder md, BenchResults r)
    {
        Line(md, "## Start-up and memory");
        Line(md);
        Line(md, "Each bot's first start creates its database; its `(e)` start is a restart on that database.");
        Line(md);
        Line(md, "| Server | Start to /readyz |");
        Line(md, "|---|---:|");
        foreach (var s in r.Startups)
        {
            Line(md, $"| {s.Server} | {s.Time.TotalMilliseconds:0} ms |");
        }

        Line(md);
        if (r.Memory.Count > 0)
        {
            Line(md, "RSS and what it is made of: private memory, mapped files (the assemblies, shared with other processes) and shared memory " +
                     "(the runtime maps JIT-compiled code twice, writable and executable, to keep W^X).");
            Line(md);
            Line(md, "| Server | Activities handled | RSS | private | mapped files | shared (W^X) |");
            Line(md, "|---|---:|---:|---:|---:|---:|");
            foreach (var m in r.Memory)
            {
                Line(md, $"| {m.Server} | {m.Activities:N0} | {m.RssBytes / 1048576} MB | {m.AnonBytes / 1048576} MB | {m.FileBytes / 1048576} MB | {m.ShmemBytes / 1048576} MB |");
            }

            Line(md);
        }

        if (r.Drains.Count > 0)
        {
            Line(md, "The outbox after each interactive scenario (status cards refreshed, calendar events updated for every recorded consent). " +
                "A pass's CPU per request counts only the outbox work done during the pass; the last column counts all of it: the bot's CPU from the scenario's warm-up to the end of the drain, over every request of the scenario.");
            Line(md);
            Line(md, "| Server | After | Drained | Took | CPU µs/request with the outbox |");
            Line(md, "|---|---|---|---:|---:|");
            foreach (var d in r.Drains)
            {
                Line(md, $"| {d.Server} | ({d.After}) | {(d.Complete ? "yes" : $"no, {d.Left} left")} | {d.Took.TotalSeconds:0.0} s | {d.CpuMicrosPerRequest:0} |");
            }

            Line(md);
        }
    }

    private static void Outbox(StringBuilder md, BenchResults r)
    {
        if (r.Outbox.Count == 0)
        {
            return;
        }

        Line(md, "## (e) The outbox through Teams' limits");
        Line(md);
        Line(md, "Notices written straight into the outbox (each person's together, as a reminder run leaves them), sent by a fresh start of the bot " +
                 "through a fake connector that keeps Teams' limits (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; 50/s per tenant; a request over a limit is refused and counted) " +
                 "and refuses 2 % of requests with `429` and `Retry-After: 1`.");
        Line(md);
        Line(md, "| Server | Messages | People | Delivered/s | Allowed/s | Share | Over a limit | Injected 429s | Requests | Lost | Duplicated | Not sent |");
        Line(md, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var e in r.Outbox)
        {
            Line(md, $"| {e.Server} | {e.Messages:N0} | {e.Users:N0} | {e.DeliveredPerSecond:0.0} | {e.AllowedPerSecond:0} | {Percent(e.ShareOfAllowed)} | {e.OverLimit} | " +
                     $"{e.Injected429} | {e.Received:N0} | {e.Lost} | {e.Duplicated} | {e.NotSent} |");
        }

        Line(md);
    }

    private static IEnumerable<string> Floors(BenchResults r) =>
        r.Passes.Select(p => p.Server).Where(s => s.StartsWith(DurableFloor, StringComparison.Ordinal)).Distinct();

    /// <summary>"TyokykyBot (SQLite)" and the floor itself → "durable-write floor (SQLite)": the floor on the same database.</summary>
    private static string FloorFor(string server) =>
        DurableFloor + server[server.LastIndexOf(" (", StringComparison.Ordinal)..];

    private static IEnumerable<string> Bots(BenchResults r) =>
        r.Passes.Select(p => p.Server).Where(s => s.StartsWith("TyokykyBot (", StringComparison.Ordinal) && !s.Contains("anonymous", StringComparison.Ordinal)).Distinct();

    private static double? MaxP99(BenchResults r, string server, string scenario) =>
        r.Of(server, scenario).Select(p => p.Wrk.P99Micros / 1000).DefaultIfEmpty(double.NaN).Max() is var v && double.IsNaN(v) ? null : v;

    private static double? Ratio(double? value, double? peer) => value is { } v && peer is > 0 ? v / peer.Value : null;

    private static void Target(StringBuilder md, string what, double? measured, Func<double, bool> met, Func<double, string> show) =>
        Line(md, measured is { } v ? $"| {what} | {show(v)} | {(met(v) ? "yes" : "**no**")} |" : $"| {what} | not measured | - |");

    private static string Show(double? ratio) => ratio is { } v ? Times(v) : "-";

    private static string Times(double v) => $"{v:0.00}×";

    private static string Percent(double v) => $"{v * 100:0} %";

    private static string Ms(double v) => $"{v:0.0} ms";

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
