namespace TyokykyBot.Graph;

/// <summary>
/// Gets the bot into a user's personal scope, so that it can write to them first: a bot can only
/// message a user proactively once the app is installed for that user.
/// </summary>
public interface IAppInstaller
{
    /// <summary>
    /// Makes sure the app is installed for the user and returns the 1:1 chat id the bot can post to
    /// ("19:…@unq.gbl.spaces"), or a typed failure. Never throws for Graph or token errors.
    /// </summary>
    Task<AppInstallResult> EnsureInstalledForUserAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken);
}
