namespace TyokykyBot.Telemetry;

/// <summary>
/// Counts and times each Graph call (retries included) by its operation name and status. The URL
/// holds user and event ids, so nothing of it is recorded.
/// </summary>
public sealed class GraphTelemetryHandler(TyokykyMetrics metrics, TimeProvider timeProvider) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = TelemetryTags.OfGraphOperation(
            GraphOperation.Of(request) ?? (request.Options.TryGetValue(GraphOperations.Key, out var name) ? name : null));
        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            metrics.GraphCalled(operation, (int)response.StatusCode, null, timeProvider.GetElapsedTime(started));
            return response;
        }
        catch (Exception ex)
        {
            metrics.GraphCalled(operation, null, ex.GetType().Name, timeProvider.GetElapsedTime(started));
            throw;
        }
    }
}
