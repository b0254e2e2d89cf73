using System.Net;
using System.Text.Json.Nodes;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Tests.Graph;

namespace TyokykyBot.Tests.Meetings.Calendar;

public sealed class GraphOnlineMeetingPrivacyTests : IDisposable
{
    private readonly GraphCalendarHost _host = new();

    [Fact]
    public async Task Apply_MeetingFound_FindsByEscapedJoinUrlThenPatchesPrivacy()
    {
        var result = await _host.Privacy.ApplyAsync(GraphCalendarHost.Organizer, FakeGraph.JoinUrl, CancellationToken.None);

        Assert.Equal(MeetingPrivacyResult.Applied, result);
        Assert.Collection(
            _host.Graph.Requests,
            find =>
            {
                Assert.Equal(HttpMethod.Get, find.Method);
                Assert.Equal("/v1.0/users/aino.virtanen%40contoso.fi/onlineMeetings", find.Uri.AbsolutePath);
                Assert.Equal($"?$filter=JoinWebUrl eq '{FakeGraph.JoinUrl}'", Uri.UnescapeDataString(find.Uri.Query));
                // The join link's own escapes are escaped again, and nothing of it is left raw in the query.
                Assert.Contains("19%253ameeting_NjE4%40thread.v2%2F0%3Fcontext%3D%257b", find.Uri.Query, StringComparison.Ordinal);
                Assert.DoesNotContain("&", find.Uri.Query[1..], StringComparison.Ordinal);
                Assert.Null(find.Body);
            },
            patch =>
            {
                Assert.Equal(HttpMethod.Patch, patch.Method);
                Assert.Equal($"/v1.0/users/aino.virtanen%40contoso.fi/onlineMeetings/{FakeGraph.MeetingId}", patch.Uri.AbsolutePath);
                var expected = JsonNode.Parse(
                    """
                    {"allowRecording":false,"allowTranscription":false,"recordAutomatically":false,
                     "lobbyBypassSettings":{"scope":"invited","isDialInBypassEnabled":false},"allowedPresenters":"organizer"}
                    """);
                Assert.True(JsonNode.DeepEquals(expected, patch.Json), patch.Body);
            });
    }

    [Fact]
    public async Task Apply_JoinUrlWithQuote_QuoteDoubledInTheFilter()
    {
        await _host.Privacy.ApplyAsync(GraphCalendarHost.Organizer, "https://teams.microsoft.com/l/meetup-join/o'k", CancellationToken.None);

        Assert.Equal("?$filter=JoinWebUrl eq 'https://teams.microsoft.com/l/meetup-join/o''k'", Uri.UnescapeDataString(_host.Graph.Requests[0].Uri.Query));
    }

    [Theory]
    [InlineData(GraphRoute.FindMeeting, 1)]
    [InlineData(GraphRoute.UpdateMeeting, 2)]
    public async Task Apply_NoAccessPolicy_NotPermittedWithCodeAndThePermissionLogged(GraphRoute refused, int requests)
    {
        _host.Graph.Enqueue(refused, HttpStatusCode.Forbidden,
            json: FakeGraph.Error("Forbidden", "App 1 is not authorized to perform this operation on behalf of user aino."));

        var result = await _host.Privacy.ApplyAsync(GraphCalendarHost.Organizer, FakeGraph.JoinUrl, CancellationToken.None);

        Assert.Equal(new MeetingPrivacyResult(MeetingPrivacyStatus.NotPermitted, ErrorCode: "Forbidden"), result);
        Assert.Equal(requests, _host.Graph.Requests.Count);
        Assert.Contains(_host.Logs.Lines, l => l.Contains(MeetingPrivacyResult.RequiredPermission, StringComparison.Ordinal) && l.Contains("req-403", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("not authorized", StringComparison.Ordinal) || l.Contains("meetup-join", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_NoMeetingWithThatLink_MeetingNotFoundWithoutPatching()
    {
        _host.Graph.Enqueue(GraphRoute.FindMeeting, HttpStatusCode.OK, json: """{"value":[]}""");

        var result = await _host.Privacy.ApplyAsync(GraphCalendarHost.Organizer, FakeGraph.JoinUrl, CancellationToken.None);

        Assert.Equal(MeetingPrivacyStatus.MeetingNotFound, result.Status);
        Assert.Single(_host.Graph.Requests);
    }

    [Fact]
    public async Task Apply_ThrottledEveryTime_ThrottledWithRetryAfter()
    {
        _host.Graph.Enqueue(GraphRoute.UpdateMeeting, HttpStatusCode.TooManyRequests, count: 10, retryAfterSeconds: "3");

        var result = await _host.RunAsync(() => _host.Privacy.ApplyAsync(GraphCalendarHost.Organizer, FakeGraph.JoinUrl, CancellationToken.None));

        Assert.Equal(MeetingPrivacyStatus.Throttled, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(3), result.RetryAfter);
    }

    [Fact]
    public async Task Apply_LocalDefault_NotConfigured()
    {
        var result = await new LocalOnlineMeetingPrivacy().ApplyAsync("organizer", LocalCalendar.JoinUrlPrefix + "x", CancellationToken.None);

        Assert.Equal(MeetingPrivacyStatus.NotConfigured, result.Status);
    }

    public void Dispose() => _host.Dispose();
}
