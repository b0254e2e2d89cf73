using TyokykyBot.Graph;

namespace TyokykyBot.Tests.Graph;

public sealed class LocalAppInstallerTests
{
    [Fact]
    public async Task EnsureInstalled_LocalRun_ReturnsNotConfigured()
    {
        var result = await new LocalAppInstaller().EnsureInstalledForUserAsync("tenant-1", "user-1", CancellationToken.None);

        Assert.Equal(AppInstallStatus.NotConfigured, result.Status);
        Assert.Null(result.ChatId);
    }
}
