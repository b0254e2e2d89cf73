using Azure.Identity;
using Microsoft.Kiota.Abstractions;

namespace TyokykyBot.Graph;

/// <summary>
/// Runs one Graph SDK call and turns what it throws into a <see cref="GraphOutcome{T}"/>, so that no
/// caller throws for Graph's own errors. Logs only the operation and an exception's type: the
/// exceptions' messages may quote the URL (mailboxes, ids) or Graph's message text.
/// </summary>
public static class GraphCall
{
    public static async Task<GraphOutcome<T>> RunAsync<T>(
        string operation, Func<Task<T>> call, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return new GraphOutcome<T>(true, await call().ConfigureAwait(false), null);
        }
        catch (ApiException ex)
        {
            return new GraphOutcome<T>(false, default, GraphError.From(ex, timeProvider));
        }
        catch (Exception ex) when (ex is AuthenticationFailedException or CredentialUnavailableException)
        {
            GraphLog.TokenFailed(logger, operation, GraphCredential.Scope);
            return GraphOutcome<T>.NoAnswer;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException)
        {
            GraphLog.TransportFailed(logger, operation, ex.GetType().Name);
            return GraphOutcome<T>.NoAnswer;
        }
    }

    /// <summary>For calls that answer without a body (202, 204).</summary>
    public static Task<GraphOutcome<bool>> RunAsync(string operation, Func<Task> call, TimeProvider timeProvider, ILogger logger) =>
        RunAsync(operation, async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        }, timeProvider, logger);
}
