namespace TyokykyBot.Bench.Report;

/// <summary>The smoke's verdict: one line per check, then `bench smoke: N passed, N failed` for script/test.</summary>
internal static class SmokeVerdict
{
    public static int Print(BenchResults results)
    {
        var checks = new List<(string Name, string? Failure)>();
        foreach (var pass in results.Passes)
        {
            checks.Add(($"{pass.Server} ({pass.Scenario}) pass {pass.Pass}",
                pass.Wrk.Requests == 0 ? "no request completed"
                : pass.Errors > 0 ? $"{pass.Wrk.SocketErrors} socket errors, {pass.Wrk.StatusErrors} non-2xx, {pass.Wrk.Timeouts} timeouts, {pass.FailedChecks} without a trace"
                : null));
        }

        foreach (var drain in results.Drains)
        {
            checks.Add(($"{drain.Server} outbox drains after ({drain.After})", drain.Complete ? null : $"{drain.Left} messages still pending"));
        }

        foreach (var run in results.Outbox)
        {
            checks.Add(($"{run.Server} (e) outbox through Teams' limits",
                run.Clean ? null : $"{run.OverLimit} over a limit, {run.Lost} lost, {run.Duplicated} duplicated, {run.NotSent} not sent"));
        }

        foreach (var problem in results.Problems)
        {
            checks.Add(("no problems", problem));
        }

        if (checks.Count == 0)
        {
            checks.Add(("the smoke ran", "nothing was measured"));
        }

        foreach (var (name, failure) in checks)
        {
            Console.WriteLine(failure is null ? $"PASS {name}" : $"FAIL {name}: {failure}");
        }

        var failed = checks.Count(c => c.Failure is not null);
        Console.WriteLine($"bench smoke: {checks.Count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
