using TyokykyBot.Graph;

namespace TyokykyBot.Telemetry;

/// <summary>
/// Counts and times each Graph call (retries included) by its operation name and status, and logs
/// its answer with Graph's request-id at Debug. The URL holds user and event ids, so nothing of it
/// is recorded.
/// </summary>
public sealed class GraphTelemetryHandler(TyokykyMetrics metrics, TimeProvider timeProvider, ILogger<GraphTelemetryHandler> logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = TelemetryTags.OfGraphOperation(GraphOperation.Of(request));
        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            metrics.GraphCalled(operation, (int)response.StatusCode, null, timeProvider.GetElapsedTime(started));
            GraphLog.Answered(logger, operation, (int)response.StatusCode, GraphLog.RequestId(response));
            return response;
        }
        catch (Exception ex)
        {
            metrics.GraphCalled(operation, null, ex.GetType().Name, timeProvider.GetElapsedTime(started));
            throw;
        }
    }
}
