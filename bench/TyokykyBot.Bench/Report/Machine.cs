using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using Npgsql;

namespace TyokykyBot.Bench.Report;

/// <summary>What the numbers were measured on: the machine and the versions of everything in the run.</summary>
internal sealed record Machine(IReadOnlyList<(string Name, string Value)> Facts)
{
    public static async Task<Machine> DescribeAsync(BenchOptions options)
    {
        var facts = new List<(string, string)>
        {
            ("CPU", CpuModel()),
            ("Cores", Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Memory", MemoryTotal()),
            ("OS", OsName() + ", kernel " + Read("/proc/sys/kernel/osrelease")),
            (".NET", RuntimeInformation.FrameworkDescription),
            ("Node.js", await OutputAsync("node", "--version")),
            ("wrk", (await OutputAsync("wrk", "-v")).Split('\n')[0]),
            ("botbuilder (npm)", BotbuilderVersion(options.Root)),
        };
        if (options.Postgres is { } postgres)
        {
            await using var connection = new NpgsqlConnection(postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("show server_version", connection);
            facts.Add(("PostgreSQL", "PostgreSQL " + await command.ExecuteScalarAsync()));
        }

        facts.Add(("SQLite", "Microsoft.Data.Sqlite (bundled e_sqlite3)"));
        return new Machine(facts);
    }

    private static string CpuModel() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown";

    private static string MemoryTotal()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        return $"{kb / 1048576.0:0.0} GiB";
    }

    private static string OsName() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"') ?? "Linux"
            : "Linux";

    private static string Read(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : "unknown";

    private static string BotbuilderVersion(string root)
    {
        var package = Path.Combine(root, "bench/peers/botbuilder-js/node_modules/botbuilder/package.json");
        return File.Exists(package) ? JsonNode.Parse(File.ReadAllText(package))?["version"]?.GetValue<string>() ?? "unknown" : "not installed";
    }

    private static async Task<string> OutputAsync(string command, string argument)
    {
        try
        {
            var info = new ProcessStartInfo(command, argument) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
