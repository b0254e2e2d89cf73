namespace TyokykyBot.Graph;

/// <summary>The embedded default: local runs have no Graph, so there is nothing to install.</summary>
public sealed class LocalAppInstaller : IAppInstaller
{
    public Task<AppInstallResult> EnsureInstalledForUserAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(AppInstallResult.NotConfigured);
}
