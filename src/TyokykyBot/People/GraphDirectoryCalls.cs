using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace TyokykyBot.People;

/// <summary>
/// One Graph call of the directory: a 404 is an answer (nobody, no manager); anything else that is
/// not a success becomes <see cref="DirectoryUnavailableException"/>, logged by operation, status
/// and request-id only. Throttling was already retried by the Graph HttpClient's own handler.
/// Graph's error text may echo names or addresses, so it is neither logged nor kept.
/// </summary>
internal sealed class GraphDirectoryCalls(ILogger logger)
{
    public async Task<T?> RunAsync<T>(string operation, string permission, Func<Task<T?>> call, T? notFound) where T : class
    {
        try
        {
            return await call();
        }
        catch (ApiException e) when (e.ResponseStatusCode == 404)
        {
            return notFound;
        }
        catch (ApiException e)
        {
            var requestId = e.ResponseHeaders.TryGetValue("request-id", out var ids) ? BotFramework.LogSafe.Escape(ids.FirstOrDefault()) : null;
            if (e.ResponseStatusCode == 403)
                DirectoryLog.Forbidden(logger, operation, requestId, permission);
            else
                DirectoryLog.Failed(logger, operation, e.ResponseStatusCode, requestId);
            throw new DirectoryUnavailableException(operation, e.ResponseStatusCode);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutException)
        {
            DirectoryLog.NoAnswer(logger, operation, e.GetType().Name);
            throw new DirectoryUnavailableException(operation, null);
        }
    }

    /// <summary>The first page and the pages its <c>@odata.nextLink</c> leads to, up to <paramref name="maxPages"/>.</summary>
    public async Task<IReadOnlyList<User>> PagesAsync(
        string operation, string permission, int maxPages,
        Func<Task<UserCollectionResponse?>> first, Func<string, Task<UserCollectionResponse?>> next)
    {
        var users = new List<User>();
        var page = await RunAsync(operation, permission, first, notFound: null);
        for (var pages = 1; page is not null; pages++)
        {
            users.AddRange(page.Value ?? []);
            if (page.OdataNextLink is not { Length: > 0 } link)
                break;
            if (pages >= maxPages)
            {
                DirectoryLog.Capped(logger, operation, pages);
                break;
            }

            page = await RunAsync(operation, permission, () => next(link), notFound: null);
        }

        return users;
    }
}
