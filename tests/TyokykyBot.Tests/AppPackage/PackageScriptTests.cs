using System.Diagnostics;
using System.IO.Compression;

namespace TyokykyBot.Tests.AppPackage;

public class PackageScriptTests
{
    [Fact]
    public async Task Package_WithBotIdAndDomain_ZipsAFilledValidManifestWithItsFiles()
    {
        var output = Path.Combine(Path.GetTempPath(), $"tyokyky-package-{Guid.NewGuid():N}", "TyokykyBot.zip");
        try
        {
            var (exit, log) = await Run("--bot-id", AppPackageFiles.SampleBotId, "--domain", "https://" + AppPackageFiles.SampleDomain, "--output", output);
            Assert.True(exit == 0, log);

            using var zip = ZipFile.OpenRead(output);
            Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png", "sv.json"], zip.Entries.Select(e => e.FullName).Order());
            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var manifest = await reader.ReadToEndAsync();
            Assert.Equal(AppPackageFiles.FilledManifestText, manifest);
            Assert.Empty((await TeamsSchemas.Manifest()).Validate(manifest));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    [Fact]
    public async Task Package_BotIdNotAGuid_Refuses()
    {
        var (exit, log) = await Run("--bot-id", "tyokyky", "--domain", AppPackageFiles.SampleDomain, "--output", Path.Combine(Path.GetTempPath(), "never.zip"));

        Assert.Equal(2, exit);
        Assert.Contains("GUID", log);
    }

    private static async Task<(int Exit, string Log)> Run(params string[] args)
    {
        var start = new ProcessStartInfo("bash", [RepoFiles.Path("script", "package"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
