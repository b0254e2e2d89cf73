using TyokykyBot.Bench.Load;

namespace TyokykyBot.Bench.Report;

/// <summary>One measured pass of one scenario against one server.</summary>
internal sealed record LoadPass(string Server, string Scenario, int Pass, WrkResult Wrk, TimeSpan Cpu, long RssBytes, long FailedChecks, string? Note)
{
    public double CpuMicrosPerRequest => Wrk.Requests > 0 ? Cpu.TotalMicroseconds / Wrk.Requests : 0;

    /// <summary>Everything that went wrong: socket errors, non-2xx answers, timeouts, failed after-run checks.</summary>
    public long Errors => Wrk.Errors + FailedChecks;
}

internal sealed record Startup(string Server, TimeSpan Time);

internal sealed record MemoryAfter(string Server, long Activities, long RssBytes, long AnonBytes, long FileBytes, long ShmemBytes);

/// <summary>The outbox after a scenario; <paramref name="Cpu"/> is the bot's from the scenario's warm-up to the end of the drain.</summary>
internal sealed record Drain(string Server, string After, int Left, TimeSpan Took, bool Complete, long Requests, TimeSpan Cpu)
{
    public double CpuMicrosPerRequest => Requests > 0 ? Cpu.TotalMicroseconds / Requests : 0;
}

/// <summary>(e): the outbox sending a reminder run through a connector that keeps Teams' limits.</summary>
internal sealed record OutboxRun(
    string Server, int Messages, int Users, TimeSpan Span, double AllowedPerSecond,
    long OverLimit, long Injected429, long Received, long Lost, long Duplicated, long NotSent)
{
    public double DeliveredPerSecond => Span > TimeSpan.Zero ? (Messages - Lost - 1) / Span.TotalSeconds : 0;

    public double ShareOfAllowed => AllowedPerSecond > 0 ? DeliveredPerSecond / AllowedPerSecond : 0;

    public bool Clean => OverLimit == 0 && Lost == 0 && Duplicated == 0 && NotSent == 0;
}

/// <summary>Everything one run measured; the report is written from it.</summary>
internal sealed class BenchResults
{
    public List<LoadPass> Passes { get; } = [];

    public List<Startup> Startups { get; } = [];

    public List<MemoryAfter> Memory { get; } = [];

    public List<Drain> Drains { get; } = [];

    public List<OutboxRun> Outbox { get; } = [];

    public List<string> Problems { get; } = [];

    public IEnumerable<LoadPass> Of(string server, string scenario) => Passes.Where(p => p.Server == server && p.Scenario == scenario);

    /// <summary>The mean over passes, or null when the server did not run the scenario.</summary>
    public double? MeanRps(string server, string scenario) =>
        Of(server, scenario).Select(p => p.Wrk.RequestsPerSecond).DefaultIfEmpty(double.NaN).Average() is var v && double.IsNaN(v) ? null : v;
}
