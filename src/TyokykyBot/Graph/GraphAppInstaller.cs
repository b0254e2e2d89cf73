using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Graph;

/// <summary>
/// Installs the app in the user's personal scope and finds the 1:1 chat, as msteams-docs
/// "proactive installation" describes: <c>POST /users/{id}/teamwork/installedApps</c> (201, or 409
/// when it is already there), the installation by catalog id, then its <c>/chat</c>.
/// </summary>
public sealed class GraphAppInstaller(
    GraphServiceClient graph,
    IOptions<GraphOptions> graphOptions,
    IOptions<TeamsAppOptions> teamsOptions,
    TimeProvider timeProvider,
    ILogger<GraphAppInstaller> logger) : IAppInstaller
{
    /// <summary>The filter leaves one installation at most; a few pages allow for Graph paging anyway.</summary>
    internal const int MaxPages = 5;

    // tenantId is not used yet: the bot's own single-tenant identity only reaches its own tenant.
    public async Task<AppInstallResult> EnsureInstalledForUserAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);

        var catalogAppId = teamsOptions.Value.CatalogAppId;
        var installedApps = graph.Users[userAadObjectId].Teamwork.InstalledApps;

        var install = await GraphCall.RunAsync("install", () => installedApps.PostAsync(
            Installation(catalogAppId), c => c.Options.Add(new GraphOperation("install")), cancellationToken), timeProvider, logger).ConfigureAwait(false);
        if (!install.IsSuccess && install.Error?.Status != 409)
        {
            return Refused("install", install.Error, notFoundIsUser: true);
        }

        // OData doubles a quote inside a string literal.
        var filter = $"teamsApp/id eq '{catalogAppId.Replace("'", "''", StringComparison.Ordinal)}'";
        var find = await GraphCall.RunAsync("find installation", () => installedApps.GetAsync(c =>
        {
            c.QueryParameters.Expand = ["teamsApp"];
            c.QueryParameters.Filter = filter;
            c.Options.Add(new GraphOperation("find installation"));
        }, cancellationToken), timeProvider, logger).ConfigureAwait(false);
        for (var page = 1; find is { IsSuccess: true, Value: { } found } && FirstId(found) is null && found.OdataNextLink is { } next && page < MaxPages; page++)
        {
            find = await GraphCall.RunAsync("find installation", () => installedApps.WithUrl(next).GetAsync(
                c => c.Options.Add(new GraphOperation("find installation")), cancellationToken), timeProvider, logger).ConfigureAwait(false);
        }

        if (!find.IsSuccess)
        {
            return Refused("find installation", find.Error, notFoundIsUser: true);
        }

        if (FirstId(find.Value) is not { } installationId)
        {
            GraphLog.Unusable(logger, "find installation", null);
            return AppInstallResult.Failed;
        }

        var chat = await GraphCall.RunAsync("get chat", () => installedApps[installationId].Chat.GetAsync(
            c => c.Options.Add(new GraphOperation("get chat")), cancellationToken), timeProvider, logger).ConfigureAwait(false);
        if (!chat.IsSuccess)
        {
            // The installation was just found: a 404 here says nothing about the user.
            return Refused("get chat", chat.Error, notFoundIsUser: false);
        }

        if (chat.Value?.Id is not { Length: > 0 } chatId)
        {
            GraphLog.Unusable(logger, "get chat", null);
            return AppInstallResult.Failed;
        }

        return AppInstallResult.Installed(chatId);
    }

    /// <summary>The body is the catalog app's binding (and the SDK's @odata.type).</summary>
    private UserScopeTeamsAppInstallation Installation(string catalogAppId) => new()
    {
        AdditionalData = new Dictionary<string, object>
        {
            ["teamsApp@odata.bind"] = $"{graphOptions.Value.BaseUrl.TrimEnd('/')}/appCatalogs/teamsApps/{Uri.EscapeDataString(catalogAppId)}",
        },
    };

    private static string? FirstId(UserScopeTeamsAppInstallationCollectionResponse? page) =>
        page?.Value?.FirstOrDefault(i => i.Id is { Length: > 0 })?.Id;

    private AppInstallResult Refused(string operation, GraphError? error, bool notFoundIsUser)
    {
        if (error is null)
        {
            return AppInstallResult.Failed;
        }

        var result = error.Status switch
        {
            403 => AppInstallResult.Forbidden,
            404 when notFoundIsUser => AppInstallResult.UserNotFound,
            _ when error.IsThrottled => AppInstallResult.Throttled(error.RetryAfter),
            _ => AppInstallResult.Failed,
        };
        if (result.Status == AppInstallStatus.Forbidden)
        {
            GraphLog.Forbidden(logger, operation, error.RequestId, AppInstallResult.RequiredPermission);
        }
        else
        {
            GraphLog.NotInstalled(logger, operation, result.Status, error.Status, error.RequestId);
        }

        return result;
    }
}
