using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Identity;
using Microsoft.Extensions.Options;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Graph;

/// <summary>
/// Installs the app in the user's personal scope and finds the 1:1 chat, as msteams-docs
/// "proactive installation" describes: <c>POST /users/{id}/teamwork/installedApps</c> (201, or 409
/// when it is already there), the installation by catalog id, then its <c>/chat</c>.
/// </summary>
public sealed class GraphAppInstaller(
    HttpClient httpClient,
    GraphCredential credential,
    IOptions<GraphOptions> graphOptions,
    IOptions<TeamsAppOptions> teamsOptions,
    TimeProvider timeProvider,
    ILogger<GraphAppInstaller> logger) : IAppInstaller
{
    // tenantId is not used yet: the bot's own single-tenant identity only reaches its own tenant.
    public async Task<AppInstallResult> EnsureInstalledForUserAsync(string tenantId, string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);

        string token;
        try
        {
            token = await credential.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AuthenticationFailedException or CredentialUnavailableException)
        {
            GraphLog.TokenFailed(logger, ex, GraphCredential.Scope);
            return AppInstallResult.Failed;
        }

        var baseUrl = graphOptions.Value.BaseUrl.TrimEnd('/');
        var catalogAppId = teamsOptions.Value.CatalogAppId;
        var installedApps = $"{baseUrl}/users/{Uri.EscapeDataString(userAadObjectId)}/teamwork/installedApps";

        var body = new InstallAppRequest($"{baseUrl}/appCatalogs/teamsApps/{Uri.EscapeDataString(catalogAppId)}");
        var install = await SendAsync("install", HttpMethod.Post, installedApps, token, cancellationToken,
            JsonContent.Create(body, GraphJsonContext.Default.InstallAppRequest)).ConfigureAwait(false);
        if (install is null || !(install.IsSuccess || install.Status == HttpStatusCode.Conflict))
        {
            return Refused("install", install, notFoundIsUser: true);
        }

        // OData doubles a quote inside a string literal.
        var filter = Uri.EscapeDataString($"teamsApp/id eq '{catalogAppId.Replace("'", "''", StringComparison.Ordinal)}'");
        var find = await SendAsync("find installation", HttpMethod.Get, $"{installedApps}?$expand=teamsApp&$filter={filter}", token, cancellationToken)
            .ConfigureAwait(false);
        if (find is null || !find.IsSuccess)
        {
            return Refused("find installation", find, notFoundIsUser: true);
        }

        var installationId = ReadFirstId(find, GraphJsonContext.Default.GraphCollectionGraphEntity, static c => c.Value?.FirstOrDefault()?.Id);
        if (installationId is null)
        {
            GraphLog.Unusable(logger, "find installation", find.RequestId);
            return AppInstallResult.Failed;
        }

        var chat = await SendAsync("get chat", HttpMethod.Get, $"{installedApps}/{Uri.EscapeDataString(installationId)}/chat", token, cancellationToken)
            .ConfigureAwait(false);
        if (chat is null || !chat.IsSuccess)
        {
            // The installation was just found: a 404 here says nothing about the user.
            return Refused("get chat", chat, notFoundIsUser: false);
        }

        if (ReadFirstId(chat, GraphJsonContext.Default.GraphEntity, static e => e.Id) is not { } chatId)
        {
            GraphLog.Unusable(logger, "get chat", chat.RequestId);
            return AppInstallResult.Failed;
        }

        return AppInstallResult.Installed(chatId);
    }

    private async Task<Answer?> SendAsync(
        string operation, HttpMethod method, string url, string token, CancellationToken cancellationToken, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Absolute)) { Content = content };
        request.Options.Set(GraphOperations.Key, operation);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var requestId = GraphLog.RequestId(response);
            GraphLog.Answered(logger, operation, (int)response.StatusCode, requestId);
            var text = response.IsSuccessStatusCode && method == HttpMethod.Get
                ? await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)
                : null;
            return new Answer(response.StatusCode, requestId, GraphRetryHandler.RetryAfter(response, timeProvider), text);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException)
        {
            GraphLog.TransportFailed(logger, ex, operation);
            return null;
        }
    }

    private AppInstallResult Refused(string operation, Answer? answer, bool notFoundIsUser)
    {
        if (answer is null)
        {
            return AppInstallResult.Failed;
        }

        var result = (int)answer.Status switch
        {
            403 => AppInstallResult.Forbidden,
            404 when notFoundIsUser => AppInstallResult.UserNotFound,
            429 or 503 or 504 => AppInstallResult.Throttled(answer.RetryAfter),
            _ => AppInstallResult.Failed,
        };
        if (result.Status == AppInstallStatus.Forbidden)
        {
            GraphLog.Forbidden(logger, operation, answer.RequestId, AppInstallResult.RequiredPermission);
        }
        else
        {
            GraphLog.NotInstalled(logger, operation, result.Status, (int)answer.Status, answer.RequestId);
        }

        return result;
    }

    private static string? ReadFirstId<T>(Answer answer, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, Func<T, string?> id)
    {
        try
        {
            return answer.Text is { } text && JsonSerializer.Deserialize(text, type) is { } value && id(value) is { Length: > 0 } found
                ? found
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Answer(HttpStatusCode Status, string? RequestId, TimeSpan? RetryAfter, string? Text)
    {
        public bool IsSuccess => (int)Status is >= 200 and < 300;
    }
}
