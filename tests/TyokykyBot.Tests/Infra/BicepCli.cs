using System.Diagnostics;
using System.Reflection;

namespace TyokykyBot.Tests.Infra;

/// <summary>The Bicep CLI from NuGet Azure.Bicep.CommandLine.linux-x64 (its path is written into this assembly at build).</summary>
internal static class BicepCli
{
    public static string MainBicep => RepoFiles.Path("infra", "main.bicep");

    private static readonly Lazy<Task<(int Exit, string Stdout, string Stderr)>> MainBuild =
        new(() => Run("build", MainBicep, "--stdout"));

    /// <summary><c>bicep build main.bicep --stdout</c>, run once for all tests (a run takes seconds).</summary>
    public static Task<(int Exit, string Stdout, string Stderr)> BuildMain() => MainBuild.Value;

    public static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} is missing: restore the test project (NuGet Azure.Bicep.CommandLine.linux-x64).");
        }

        // NuGet does not keep the executable bit everywhere.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(path, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoFiles.Path("infra"),
        };
        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
