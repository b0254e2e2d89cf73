namespace TyokykyBot.Graph;

public enum AppInstallStatus
{
    /// <summary>The app is installed for the user; <see cref="AppInstallResult.ChatId"/> is set.</summary>
    Installed,

    /// <summary>Graph is not configured (local runs): nothing was tried.</summary>
    NotConfigured,

    /// <summary>Graph refused (403); most often the application permission is missing.</summary>
    Forbidden,

    /// <summary>Graph does not know the user (404).</summary>
    UserNotFound,

    /// <summary>Graph kept answering 429/503/504; try again after <see cref="AppInstallResult.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>Anything else: an unexpected answer, no answer, or no token.</summary>
    Failed,
}
