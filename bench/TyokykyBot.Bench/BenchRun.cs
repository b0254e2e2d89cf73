using System.Diagnostics;
using TyokykyBot.Bench.Fakes;
using TyokykyBot.Bench.Load;
using TyokykyBot.Bench.Report;
using TyokykyBot.Bench.Scenarios;
using TyokykyBot.Bench.Servers;
using TyokykyBot.Data;

namespace TyokykyBot.Bench;

/// <summary>
/// One benchmark run: the bot on SQLite and on PostgreSQL through scenarios (a)–(e), then the peers
/// through (a), one server at a time, each after a warm-up and for the same number of passes.
/// </summary>
internal sealed class BenchRun(BenchOptions options, BenchResults results, Action<string> say)
{
    public const string A = "a";
    public const string B = "b";
    public const string C = "c";
    public const string D = "d";
    public const string E = "e";

    // Below Linux's ephemeral range (32768–60999): the load leaves thousands of loopback ports in TIME_WAIT there.
    private const int BotPort = 23978;
    private const int PeerPort = 23979;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan SlowGraph = TimeSpan.FromSeconds(3);

    public async Task RunAsync()
    {
        var tenantId = "5b0f9f3c-8a52-4d2e-9f4e-0c2a6b1d3e77";
        await using var fakes = await BenchFakes.StartAsync(tenantId);
        var activities = new Activities(fakes.BaseUrl, tenantId, BotUnderTest.AppId);
        var people = BenchPeople.Create(Math.Max(options.Pairs, options.DirectoryPairs), options.Pairs);
        var botFolder = options.Bot;
        var productSeeds = Path.Combine(botFolder, "seeds");
        var work = Path.Combine(options.WorkFolder, DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        var seeds = Path.Combine(work, "seeds");
        people.WriteSeeds(productSeeds, seeds);
        var topics = BenchPeople.TopicIds(productSeeds);
        say($"work folder {work}; fakes on {fakes.BaseUrl}");

        var databases = new List<Func<Task<BotDatabase>>> { () => Task.FromResult(BotDatabase.Sqlite(Path.Combine(work, "sqlite"))) };
        if (options.Postgres is { } postgres)
        {
            databases.Add(() => BotDatabase.PostgresAsync(postgres, Path.Combine(work, "postgres")));
        }

        foreach (var open in databases)
        {
            var database = await open();
            var bot = new BotUnderTest(fakes, database, botFolder, seeds, BotPort);
            await BotScenariosAsync(bot, fakes, new BotSession(bot, people, activities, topics), work);
        }

        if (options.Peers)
        {
            await PeersAsync(fakes, activities, people, work, botFolder, seeds);
        }
    }

    private async Task BotScenariosAsync(BotUnderTest bot, BenchFakes fakes, BotSession session, string work)
    {
        var name = $"TyokykyBot ({bot.Database.Label})";
        var folder = Directory.CreateDirectory(Path.Combine(work, bot.Database.Label)).FullName;
        long activitiesSent;
        await using (var server = await StartAsync(bot.Spec(name, tenantLimitLifted: true), folder))
        {
            say($"{name}: seeding {options.Pairs} cases");
            var watch = Stopwatch.StartNew();
            await session.SeedAsync(parallel: 8, options.DrainTimeout);
            say($"{name}: seeded in {watch.Elapsed.TotalSeconds:0.0} s");
            activitiesSent = session.SeedActivities;
            var headers = Headers(bot.Token());

            var consent = session.WriteConsentInvokes(folder);
            if (options.Runs(A))
            {
                activitiesSent += await LoadAsync(server, A, session.WriteConveneMessages(folder), headers, folder, ConnectorReplies(fakes));
            }

            if (options.Runs(B))
            {
                var cpu = server.CpuTime();
                var sent = await LoadAsync(server, B, consent, headers, folder, ConsentsRecorded(bot));
                activitiesSent += sent;
                await DrainAsync(session, server, B, sent, cpu, intermediate: true);
            }

            if (options.Runs(C))
            {
                var cpu = server.CpuTime();
                var sent = await LoadAsync(server, C, session.WriteMixed(folder), headers, folder, null);
                activitiesSent += sent;
                await DrainAsync(session, server, C, sent, cpu, intermediate: true);
            }

            results.Memory.Add(Memory(name, activitiesSent, server));
            if (options.Runs(D))
            {
                fakes.Graph.Delay = SlowGraph;
                var cpu = server.CpuTime();
                long sent;
                try
                {
                    sent = await LoadAsync(server, D, consent, headers, folder, ConsentsRecorded(bot));
                    activitiesSent += sent;
                }
                finally
                {
                    fakes.Graph.Delay = TimeSpan.Zero;
                }

                await DrainAsync(session, server, D, sent, cpu);
                results.Memory.Add(Memory(name, activitiesSent, server));
            }

            Problems(server);
        }

        if (options.Runs(E))
        {
            await OutboxScenarioAsync(bot, fakes, session, name, folder);
        }
    }

    /// <summary>(e): notices seeded straight into the outbox, sent by a fresh start of the bot through the limits.</summary>
    private async Task OutboxScenarioAsync(BotUnderTest bot, BenchFakes fakes, BotSession session, string name, string folder)
    {
        var count = await session.SeedNoticesAsync(options.OutboxUsers, options.OutboxPerUser);
        fakes.Connector.Reset(enforceLimits: true, inject429Ratio: 0.02, recordTexts: true);
        var allowed = TeamsLimits.PerTenant.Limit / TeamsLimits.PerTenant.Window.TotalSeconds;
        say($"{name}: (e) {count} notices to {options.OutboxUsers} people; Teams allows {allowed:0}/s");
        await using (var server = await StartAsync(bot.Spec(name + " (e)", tenantLimitLifted: false), folder))
        {
            var expected = TimeSpan.FromSeconds(count / allowed);
            var drained = await session.WaitForNoticesAsync(expected * 2 + TimeSpan.FromSeconds(30));
            var (texts, span) = fakes.Connector.Snapshot();
            long lost = 0, duplicated = 0;
            for (var u = 0; u < options.OutboxUsers; u++)
            {
                var received = texts.GetValueOrDefault(session.Convener(u).PersonalConversationId) ?? [];
                for (var k = 0; k < options.OutboxPerUser; k++)
                {
                    var mark = BotSession.NoticeMark(u, k);
                    var times = received.Count(t => t.Contains(mark, StringComparison.Ordinal));
                    lost += times == 0 ? 1 : 0;
                    duplicated += Math.Max(0, times - 1);
                }
            }

            var run = new OutboxRun(name, count, options.OutboxUsers, span, allowed,
                fakes.Connector.OverLimit, fakes.Connector.Injected429, fakes.Connector.Received, lost, duplicated, drained.Left);
            results.Outbox.Add(run);
            say($"{name}: (e) {run.DeliveredPerSecond:0.0}/s of {allowed:0}/s allowed; over a limit {run.OverLimit} ({fakes.Connector.OverLimitBreakdown()}), lost {lost}, duplicated {duplicated}, not sent {drained.Left}");
            Problems(server);
        }

        fakes.Connector.Reset(enforceLimits: false, inject429Ratio: 0, recordTexts: false);
    }

    private async Task PeersAsync(BenchFakes fakes, Activities activities, BenchPeople people, string work, string botFolder, string seeds)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "peers")).FullName;
        var echoBodies = Path.Combine(folder, "echo.jsonl");
        var lines = people.Everyone.Select(u => activities.Message(u, "Hei, mitä kuuluu?").ToJsonString()).ToList();
        await File.WriteAllLinesAsync(echoBodies, lines);
        say($"peers: a {System.Text.Encoding.UTF8.GetByteCount(lines[0])}-byte message activity");
        var headers = Headers(null);

        var peers = new List<(ServerSpec Spec, Func<Task<long>>? Count)>
        {
            (Dotnet("bare endpoint", "bench/peers/Bare", "Bench.Peers.Bare.dll"), null),
            (Dotnet("hand-written echo bot", "bench/peers/Echo", "Bench.Peers.Echo.dll"), ConnectorReplies(fakes)),
        };
        var botbuilder = Path.Combine(options.Root, "bench/peers/botbuilder-js");
        if (Directory.Exists(Path.Combine(botbuilder, "node_modules", "botbuilder")))
        {
            peers.Add((new ServerSpec("botbuilder-js echo bot", "node", [Path.Combine(botbuilder, "index.js")], botbuilder, PeerPort)
            {
                Environment = { ["PORT"] = PeerPort.ToString(System.Globalization.CultureInfo.InvariantCulture), ["NODE_ENV"] = "production" },
            }, ConnectorReplies(fakes)));
        }
        else if (!options.Smoke)
        {
            results.Problems.Add("botbuilder-js peer skipped: run `npm ci --prefix bench/peers/botbuilder-js` first (bench/run does).");
        }

        foreach (var (spec, count) in peers)
        {
            await using var server = await StartAsync(spec, folder);
            await LoadAsync(server, A, echoBodies, headers, folder, count);
        }

        // (b)'s floor: the same consent invokes, each made durable by the least a bot could do, on each database.
        var consent = Path.Combine(work, "SQLite", "consent.jsonl");
        if (options.Runs(B) && File.Exists(consent))
        {
            var floors = new List<ServerSpec> { Dotnet(ResultsReport.DurableFloor + " (SQLite)", "bench/peers/Durable", "Bench.Peers.Durable.dll") };
            floors[0].Environment["DATA_FOLDER"] = Path.Combine(work, "durable");
            if (options.Postgres is { } postgres && !options.Smoke)
            {
                // The smoke keeps to its minute: the PostgreSQL floor runs the same code on another connection.
                floors.Add(Dotnet(ResultsReport.DurableFloor + " (PostgreSQL)", "bench/peers/Durable", "Bench.Peers.Durable.dll"));
                floors[1].Environment["POSTGRES"] = postgres;
            }

            foreach (var floor in floors)
            {
                await using var server = await StartAsync(floor, folder);
                await LoadAsync(server, B, consent, headers, folder, FloorAuditRows(server));
            }
        }

        // The bot as the peers run: no app id, anonymous loopback mode, so no token is checked or fetched.
        var anonymous = new ServerSpec("TyokykyBot (anonymous, SQLite)", "dotnet", [Path.Combine(botFolder, "TyokykyBot.dll")], botFolder, PeerPort)
        {
            Environment =
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{PeerPort}",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Database__DataFolder"] = Path.Combine(work, "anonymous"),
                ["Seeds__Folder"] = seeds,
                ["Bot__RateLimits__TenantLimit"] = "1000000",
            },
        };
        await using (var server = await StartAsync(anonymous, folder))
        {
            var messages = Path.Combine(folder, "anonymous.jsonl");
            await File.WriteAllLinesAsync(messages, people.Everyone.Select(u => activities.Message(u, BotSession.ConveneCommand).ToJsonString()));
            await LoadAsync(server, A, messages, headers, folder, ConnectorReplies(fakes));
            Problems(server);
        }

        ServerSpec Dotnet(string name, string project, string dll) =>
            new(name, "dotnet", [Path.Combine(options.Bin(project), dll)], options.Bin(project), PeerPort)
            {
                Environment =
                {
                    ["PORT"] = PeerPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["Logging__LogLevel__Default"] = "Warning",
                },
            };
    }

    /// <summary>Warm-up, then the passes; returns how many activities the server got.</summary>
    private async Task<long> LoadAsync(
        ServerProcess server, string scenario, string bodies, IReadOnlyDictionary<string, string> headers, string folder, Func<Task<long>>? count)
    {
        long sent = 0;
        var url = server.Spec.BaseUrl + "/api/messages";
        if (options.WarmUp > TimeSpan.Zero)
        {
            sent += (await Wrk.RunAsync(url, bodies, headers, options.Connections, options.WarmUp, folder)).Requests;
        }

        for (var pass = 1; pass <= options.Passes; pass++)
        {
            var before = count is null ? 0 : await count();
            var cpu = server.CpuTime();
            var wrk = await Wrk.RunAsync(url, bodies, headers, options.Connections, options.Duration, folder);
            var used = server.CpuTime() - cpu;
            // Requests still in flight when wrk stopped were handled but not counted: let them land.
            await Task.Delay(200);
            // Each request must leave its trace (a reply, a recorded consent): what is missing failed.
            var failed = count is null ? 0 : Math.Max(0, wrk.Requests - (await count() - before));
            var result = new LoadPass(server.Spec.Name, scenario, pass, wrk, used, server.ResidentBytes(), failed, null);
            results.Passes.Add(result);
            sent += wrk.Requests;
            say($"{server.Spec.Name} ({scenario}) pass {pass}: {wrk.RequestsPerSecond:0} req/s, p50 {wrk.P50Micros / 1000:0.0} ms, p99 {wrk.P99Micros / 1000:0.0} ms, " +
                $"errors {result.Errors}, {result.CpuMicrosPerRequest:0} µs CPU/req, RSS {result.RssBytes / 1048576} MB");
        }

        return sent;
    }

    /// <summary>Connector requests the fake accepted so far: each message gets one reply.</summary>
    private static Func<Task<long>> ConnectorReplies(BenchFakes fakes) => () => Task.FromResult(fakes.Connector.Accepted);

    /// <summary>Consent answers recorded so far (the audit log): each consent invoke records a version, or that it repeated the last.</summary>
    private static Func<Task<long>> ConsentsRecorded(BotUnderTest bot) => async () =>
    {
        await using var db = bot.Database.Open();
        return await BotSession.CountConsentsRecordedAsync(db);
    };

    /// <summary>Clicks the durable-write floor has made durable: one audit row each.</summary>
    private static Func<Task<long>> FloorAuditRows(ServerProcess floor) => async () =>
    {
        using var client = new HttpClient();
        return long.Parse(await client.GetStringAsync(floor.Spec.BaseUrl + "/count"), System.Globalization.CultureInfo.InvariantCulture);
    };

    /// <param name="intermediate">The smoke drains once, at the end, to stay short.</param>
    private static MemoryAfter Memory(string name, long activities, ServerProcess server)
    {
        var (anon, file, shmem) = server.ResidentParts();
        return new MemoryAfter(name, activities, server.ResidentBytes(), anon, file, shmem);
    }

    /// <summary>
    /// Waits for the outbox the scenario left behind. The CPU the bot spent from the scenario's
    /// warm-up to the end of the drain, over the requests sent, is what a request costs with its
    /// share of the outbox's work (status cards, calendar), wherever the outbox happened to do it.
    /// </summary>
    private async Task DrainAsync(BotSession session, ServerProcess server, string after, long requests, TimeSpan cpuBefore, bool intermediate = false)
    {
        if (intermediate && options.Smoke)
        {
            return;
        }

        var name = server.Spec.Name;
        var drained = await session.DrainAsync(options.DrainTimeout);
        var drain = new Drain(name, after, drained.Left, drained.Took, drained.Complete, requests, server.CpuTime() - cpuBefore);
        results.Drains.Add(drain);
        say($"{name}: outbox after ({after}) {(drained.Complete ? "drained" : $"still {drained.Left} pending")} in {drained.Took.TotalSeconds:0.0} s; " +
            $"{drain.CpuMicrosPerRequest:0} µs CPU per request with the outbox's work");
    }

    private async Task<ServerProcess> StartAsync(ServerSpec spec, string logFolder)
    {
        var server = await ServerProcess.StartAsync(spec, logFolder, StartTimeout);
        results.Startups.Add(new Startup(spec.Name, server.StartupTime));
        say($"{spec.Name}: ready in {server.StartupTime.TotalMilliseconds:0} ms (pid {server.Pid})");
        return server;
    }

    private void Problems(ServerProcess server)
    {
        foreach (var line in server.ProblemLines().Take(5))
        {
            results.Problems.Add($"{server.Spec.Name} logged: {line}");
        }
    }

    private static Dictionary<string, string> Headers(string? token)
    {
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" };
        if (token is not null)
        {
            headers["Authorization"] = "Bearer " + token;
        }

        return headers;
    }
}
