namespace TyokykyBot.Graph;

/// <summary>
/// The outcome of <see cref="IAppInstaller.EnsureInstalledForUserAsync"/>. <see cref="RetryAfter"/>
/// is what Graph last asked for when <see cref="AppInstallStatus.Throttled"/>, null if it did not say.
/// </summary>
public sealed record AppInstallResult(AppInstallStatus Status, string? ChatId = null, TimeSpan? RetryAfter = null)
{
    /// <summary>The least-privileged application permission that installs the app for a user (Graph
    /// <c>userteamwork-post-installedapps</c>); named so the convener can be told what to ask for.</summary>
    public const string RequiredPermission = "TeamsAppInstallation.ReadWriteSelfForUser.All";

    public bool IsInstalled => Status == AppInstallStatus.Installed;

    public static AppInstallResult Installed(string chatId) => new(AppInstallStatus.Installed, chatId);

    public static AppInstallResult NotConfigured { get; } = new(AppInstallStatus.NotConfigured);

    public static AppInstallResult Forbidden { get; } = new(AppInstallStatus.Forbidden);

    public static AppInstallResult UserNotFound { get; } = new(AppInstallStatus.UserNotFound);

    public static AppInstallResult Failed { get; } = new(AppInstallStatus.Failed);

    public static AppInstallResult Throttled(TimeSpan? retryAfter) => new(AppInstallStatus.Throttled, RetryAfter: retryAfter);
}
