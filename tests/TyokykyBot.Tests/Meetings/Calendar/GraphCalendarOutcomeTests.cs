using System.Net;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Tests.Graph;

namespace TyokykyBot.Tests.Meetings.Calendar;

/// <summary>How Graph's answers (and throttling) turn into a <see cref="CalendarResult{T}"/>.</summary>
public sealed class GraphCalendarOutcomeTests : IDisposable
{
    private readonly GraphCalendarHost _host = new();

    [Fact]
    public async Task CreateEvent_ServiceUnavailableTwiceAfterBooking_OneEventAndTheSameBodyEachTime()
    {
        _host.Graph.Enqueue(GraphRoute.CreateEvent, HttpStatusCode.ServiceUnavailable, count: 2, retryAfterSeconds: "1");

        var result = await _host.RunAsync(() => _host.Calendar.CreateEventAsync(GraphCalendarHost.Organizer, CalendarRequests.Neutral(), CancellationToken.None));

        Assert.True(result.IsOk);
        Assert.Equal(FakeGraph.JoinUrl, result.Value!.JoinUrl);
        var creates = _host.Graph.Requests.Where(r => r.Route == GraphRoute.CreateEvent).ToArray();
        Assert.Equal(3, creates.Length);
        Assert.Single(creates.Select(c => c.Body).Distinct());
        Assert.Equal("case-7Q2K-meeting-1", Assert.Single(_host.Graph.Booked).Key);
    }

    [Fact]
    public async Task CreateEvent_TooManyRequestsWithRetryAfter_NoRequestBeforeThatTime()
    {
        _host.Graph.Enqueue(GraphRoute.CreateEvent, HttpStatusCode.TooManyRequests, retryAfterSeconds: "7");
        var first = _host.Clock.GetUtcNow();

        var result = await _host.RunAsync(() => _host.Calendar.CreateEventAsync(GraphCalendarHost.Organizer, CalendarRequests.Neutral(), CancellationToken.None));

        Assert.True(result.IsOk);
        var at = _host.Graph.Requests.Select(r => r.At).ToArray();
        Assert.Equal(2, at.Length);
        Assert.Equal(first, at[0]);
        Assert.InRange(at[1] - at[0], TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7.1));
    }

    [Fact]
    public async Task CreateEvent_ServiceUnavailableEveryTime_ThrottledWithRetryAfter()
    {
        _host.Graph.Enqueue(GraphRoute.CreateEvent, HttpStatusCode.ServiceUnavailable, count: 10, retryAfterSeconds: "2");

        var result = await _host.RunAsync(() => _host.Calendar.CreateEventAsync(GraphCalendarHost.Organizer, CalendarRequests.Neutral(), CancellationToken.None));

        Assert.Equal(CalendarStatus.Throttled, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), result.RetryAfter);
        Assert.Null(result.Value);
        Assert.Equal(4, _host.Graph.Requests.Count);
    }

    [Fact]
    public async Task CreateEvent_Forbidden_ForbiddenWithGraphsCodeButNotItsMessage()
    {
        _host.Graph.Enqueue(GraphRoute.CreateEvent, HttpStatusCode.Forbidden,
            json: FakeGraph.Error("ErrorAccessDenied", "Access is denied. Check credentials and try again, mailbox aino.virtanen@contoso.fi."));

        var result = await _host.Calendar.CreateEventAsync(GraphCalendarHost.Organizer, CalendarRequests.Neutral(), CancellationToken.None);

        Assert.Equal(CalendarResult<CalendarEvent>.Failure(CalendarStatus.Forbidden, errorCode: "ErrorAccessDenied"), result);
        var lines = _host.Logs.Lines.ToArray();
        Assert.Contains(lines, l => l.Contains("403", StringComparison.Ordinal) && l.Contains("ErrorAccessDenied", StringComparison.Ordinal) && l.Contains("req-403", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Access is denied", StringComparison.Ordinal) || l.Contains("aino.virtanen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateEvent_NotFound_NotFound()
    {
        _host.Graph.Enqueue(GraphRoute.UpdateEvent, HttpStatusCode.NotFound, json: FakeGraph.Error("ErrorItemNotFound", "The specified object was not found in the store."));

        var result = await _host.Calendar.UpdateEventAsync(GraphCalendarHost.Organizer, "gone", CalendarRequests.Neutral(), CancellationToken.None);

        Assert.Equal(CalendarStatus.NotFound, result.Status);
        Assert.Equal("ErrorItemNotFound", result.ErrorCode);
    }

    [Fact]
    public async Task CancelEvent_ErrorCodeNotShapedLikeACode_IsDropped()
    {
        _host.Graph.Enqueue(GraphRoute.CancelEvent, HttpStatusCode.Forbidden, json: FakeGraph.Error("Mikko Korhonen: denied", "x"));

        var result = await _host.Calendar.CancelEventAsync(GraphCalendarHost.Organizer, "id", "x", CancellationToken.None);

        Assert.Equal(CalendarStatus.Forbidden, result.Status);
        Assert.Null(result.ErrorCode);
    }

    [Fact]
    public async Task CreateEvent_SuccessWithoutId_Failed()
    {
        _host.Graph.Enqueue(GraphRoute.CreateEvent, HttpStatusCode.Created, json: """{"subject":"x"}""");

        var result = await _host.Calendar.CreateEventAsync(GraphCalendarHost.Organizer, CalendarRequests.Neutral(), CancellationToken.None);

        Assert.Equal(CalendarStatus.Failed, result.Status);
    }

    [Fact]
    public async Task CreateEvent_NoAnswer_FailedInsteadOfThrowing()
    {
        _host.Graph.Enqueue(GraphRoute.CreateEvent, () => throw new HttpRequestException("connection refused to graph.test/users/aino.virtanen@contoso.fi"));

        var result = await _host.Calendar.CreateEventAsync(GraphCalendarHost.Organizer, CalendarRequests.Neutral(), CancellationToken.None);

        Assert.Equal(CalendarStatus.Failed, result.Status);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("aino.virtanen", StringComparison.Ordinal));
    }

    public void Dispose() => _host.Dispose();
}
