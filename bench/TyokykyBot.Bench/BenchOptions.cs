using System.Globalization;

namespace TyokykyBot.Bench;

/// <summary>The run's shape: a full benchmark (bench/run) or the smoke script/test runs.</summary>
internal sealed record BenchOptions
{
    public required string Root { get; init; }

    public string Configuration { get; init; } = "Release";

    public bool Smoke { get; init; }

    /// <summary>A PostgreSQL server to create the bot's databases on; none: SQLite only.</summary>
    public string? Postgres { get; init; }

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    public int Passes { get; init; } = 2;

    public int Connections { get; init; } = 16;

    /// <summary>Employee–supervisor pairs with a case each.</summary>
    public int Pairs { get; init; } = 1000;

    /// <summary>
    /// Employee–supervisor pairs in the directory; all of them write to the bot in (a) and (c), so
    /// that no conversation gets more than Teams lets a bot answer (60 per 30 s).
    /// </summary>
    public int DirectoryPairs { get; init; } = 10_000;

    /// <summary>(e): how many people get notices, and how many each.</summary>
    public int OutboxUsers { get; init; } = 1000;

    public int OutboxPerUser { get; init; } = 10;

    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromMinutes(3);

    public bool Peers { get; init; } = true;

    /// <summary>Which of the bot's scenarios run (a–e); all by default.</summary>
    public string Scenarios { get; init; } = "abcde";

    public bool Runs(string scenario) => Scenarios.Contains(scenario, StringComparison.Ordinal);

    public string? Output { get; init; }

    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "tyokyky-bench");

    public string Bin(string project) => Path.Combine(Root, project, "bin", Configuration, "net10.0");

    /// <summary>
    /// The bot to run: bench/run passes its `dotnet publish` output (ReadyToRun, as App Service runs
    /// it); without it, the build output the tests use (the smoke).
    /// </summary>
    public string? BotFolder { get; init; }

    public string Bot => BotFolder ?? Bin("src/TyokykyBot");

    public static BenchOptions Parse(string[] args)
    {
        var root = Directory.GetCurrentDirectory();
        var options = new BenchOptions { Root = root };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--root" => options with { Root = Path.GetFullPath(Next()) },
                "--configuration" => options with { Configuration = Next() },
                // The smoke's directory: 301 people keep a one-second pass under 7 replies/s per chat,
                // while their first contacts (the seeding's installs) leave the smoke within its minute.
                "--smoke" => options with
                {
                    Smoke = true, WarmUp = TimeSpan.Zero, Duration = TimeSpan.FromSeconds(1), Passes = 1, Connections = 4,
                    Pairs = 12, DirectoryPairs = 150, OutboxUsers = 10, OutboxPerUser = 6, DrainTimeout = TimeSpan.FromSeconds(30),
                },
                "--postgres" => options with { Postgres = Next() },
                "--bot" => options with { BotFolder = Path.GetFullPath(Next()) },
                "--warmup" => options with { WarmUp = TimeSpan.FromSeconds(Int()) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Int()) },
                "--passes" => options with { Passes = Int() },
                "--connections" => options with { Connections = Int() },
                "--pairs" => options with { Pairs = Int() },
                "--directory-pairs" => options with { DirectoryPairs = Int() },
                "--outbox-users" => options with { OutboxUsers = Int() },
                "--outbox-per-user" => options with { OutboxPerUser = Int() },
                "--no-peers" => options with { Peers = false },
                "--scenarios" => options with { Scenarios = Next() },
                "--out" => options with { Output = Path.GetFullPath(Next()) },
                "--work" => options with { WorkFolder = Path.GetFullPath(Next()) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.Runs("e") && options.OutboxUsers > options.Pairs)
        {
            throw new ArgumentException("--outbox-users cannot exceed --pairs: each user is a convener of a case.");
        }

        return options;
    }
}
