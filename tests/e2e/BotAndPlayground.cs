using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace TyokykyBot.E2E;

/// <summary>
/// Starts the built bot and one or more Agents Playground instances pointed at it, each on a free
/// loopback port, and stops them all (process trees) at the end. Without arguments there is one
/// Playground with its built-in config (signed in as user-id-0); <see cref="BotAndThreeWindows"/>
/// starts one per participant, each signed in as another person through its playground/*.yml.
/// </summary>
public partial class BotAndPlayground : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _workDir;
    private readonly string _logDir;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly IReadOnlyList<Participant> _participants;
    private readonly Dictionary<string, ChildProcess> _playgrounds = [];
    private readonly Dictionary<string, Uri> _playgroundUrls = [];
    private ChildProcess? _bot;

    public BotAndPlayground()
        : this(Participant.Default)
    {
    }

    protected BotAndPlayground(params Participant[] participants)
    {
        _participants = participants;
        _workDir = Directory.CreateTempSubdirectory("tyokyky-e2e-").FullName;
        // Logs outlive the run (a failure message points at them); the database does not.
        _logDir = Directory.CreateDirectory(
            Path.Combine(RepoPaths.ResultsDirectory, "logs-" + Path.GetFileName(_workDir))).FullName;
    }

    public Uri BotUrl { get; private set; } = null!;

    /// <summary>The first (or only) Playground.</summary>
    public Uri PlaygroundUrl => _playgroundUrls[_participants[0].Role];

    public IReadOnlyList<Participant> Participants => _participants;

    /// <summary>The bot's SQLite database, a temp file deleted with the fixture.</summary>
    public string DatabasePath => Path.Combine(_workDir, "tyokyky.db");

    public Uri PlaygroundUrlOf(Participant participant) => _playgroundUrls[participant.Role];

    public async Task InitializeAsync()
    {
        Require(File.Exists(Browser.ChromiumPath),
            $"Chromium is missing at {Browser.ChromiumPath}: run script/test, or apt-get install -y chromium.");
        Require(File.Exists(RepoPaths.Playground),
            $"The Agents Playground is missing at {RepoPaths.Playground}: run script/test, or npm ci in {RepoPaths.Root}.");
        Require(File.Exists(RepoPaths.BotDll),
            $"The bot is not built at {RepoPaths.BotDll}: dotnet build -c {RepoPaths.Configuration}.");

        BotUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        _bot = StartBot();
        await WaitForAsync(new Uri(BotUrl, "/healthz"), _bot, "the bot");

        // Started together: each takes a few seconds, mostly Node loading its bundle.
        foreach (var participant in _participants)
        {
            _playgrounds[participant.Role] = StartPlayground(participant, FreePort());
        }

        await Task.WhenAll(_participants.Select(async participant =>
        {
            var playground = _playgrounds[participant.Role];
            var what = $"the Playground '{participant.Role}'";
            // The Playground takes another port when the asked one is busy; believe what it prints.
            var port = await WaitForListeningPortAsync(playground, what);
            var url = new Uri($"http://127.0.0.1:{port}/");
            await WaitForAsync(new Uri(url, "/_debug/ping"), playground, what);
            lock (_playgroundUrls) { _playgroundUrls[participant.Role] = url; }
        }));
    }

    public Task DisposeAsync()
    {
        foreach (var playground in _playgrounds.Values)
        {
            playground.Dispose();
        }

        _bot?.Dispose();
        _http.Dispose();
        Directory.Delete(_workDir, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The last lines both programs wrote, for a failure message.</summary>
    public string DescribeLogs() => string.Join("\n\n",
        new[] { ("bot", _bot) }.Concat(_playgrounds.Select(p => ($"Playground '{p.Key}'", (ChildProcess?)p.Value)))
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1} log {p.Item2!.LogPath}:\n{p.Item2.Tail()}"));

    private ChildProcess StartBot()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(RepoPaths.BotDll)!,
        };
        info.ArgumentList.Add(RepoPaths.BotDll);
        info.Environment["ASPNETCORE_URLS"] = BotUrl.ToString().TrimEnd('/');
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ConnectionStrings__Tyokyky"] = $"Data Source={DatabasePath}";
        info.Environment["Database__DataFolder"] = _workDir;
        return ChildProcess.Start(info, Path.Combine(_logDir, "bot.log"));
    }

    private ChildProcess StartPlayground(Participant participant, int port)
    {
        var info = new ProcessStartInfo(RepoPaths.Playground) { WorkingDirectory = _workDir };
        foreach (var arg in new[] { "-p", port.ToString(), "-e", new Uri(BotUrl, "/api/messages").ToString(),
                     "-c", "msteams", "--disable-telemetry" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(_logDir, $"playground-{participant.Role}-internal.log");
        if (participant.ConfigFile is { } config)
        {
            var path = Path.Combine(RepoPaths.Root, config);
            Require(File.Exists(path), $"The Playground config {path} is missing.");
            info.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = path;
        }

        return ChildProcess.Start(info, Path.Combine(_logDir, $"playground-{participant.Role}.log"));
    }

    private async Task<int> WaitForListeningPortAsync(ChildProcess playground, string what)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !playground.HasExited)
        {
            if (ListeningOn().Match(playground.Output) is { Success: true } match)
            {
                return int.Parse(match.Groups[1].Value);
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"{what} never printed 'Listening on'.\n{DescribeLogs()}");
    }

    private async Task WaitForAsync(Uri url, ChildProcess process, string what)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await _http.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        var why = process.HasExited ? "exited" : $"did not answer within {StartTimeout.TotalSeconds} s";
        throw new InvalidOperationException($"{what} {why} ({url}).\n{DescribeLogs()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningOn();
}
