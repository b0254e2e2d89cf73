using Microsoft.Graph;
using Microsoft.Graph.Models;
using TyokykyBot.Graph;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// Finds the onlineMeeting by its join link and PATCHes its privacy settings (MEETING-FACTS §1, §3),
/// as the organizer: the organizer's id goes in the path, an attendee's gets 403.
/// </summary>
public sealed class GraphOnlineMeetingPrivacy(GraphServiceClient graph, TimeProvider timeProvider, ILogger<GraphOnlineMeetingPrivacy> logger)
    : IOnlineMeetingPrivacy
{
    /// <summary>
    /// Learn <c>onlinemeeting-update</c>: no recording or transcript of a health conversation, only
    /// invited people past the lobby, only the organizer presents.
    /// </summary>
    private static OnlineMeeting Strict() => new()
    {
        AllowRecording = false,
        AllowTranscription = false,
        RecordAutomatically = false,
        LobbyBypassSettings = new LobbyBypassSettings { Scope = LobbyBypassScope.Invited, IsDialInBypassEnabled = false },
        AllowedPresenters = OnlineMeetingPresenters.Organizer,
    };

    public async Task<MeetingPrivacyResult> ApplyAsync(string organizer, string joinUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(joinUrl);
        var meetings = graph.Users[organizer].OnlineMeetings;

        // The SDK escapes the whole filter once, so the join link's own %-escapes travel as %25… (contrib onlinemeeting-get).
        var filter = $"JoinWebUrl eq '{joinUrl.Replace("'", "''", StringComparison.Ordinal)}'";
        var find = await GraphCall.RunAsync("find online meeting", () => meetings.GetAsync(c =>
        {
            c.QueryParameters.Filter = filter;
            c.Options.Add(new GraphOperation("find online meeting"));
        }, cancellationToken), timeProvider, logger).ConfigureAwait(false);
        if (!find.IsSuccess)
        {
            return Refused("find online meeting", find.Error);
        }

        if (find.Value?.Value?.FirstOrDefault()?.Id is not { Length: > 0 } id)
        {
            return MeetingPrivacyResult.MeetingNotFound;
        }

        var patch = await GraphCall.RunAsync("update online meeting", () => meetings[id].PatchAsync(
            Strict(), c => c.Options.Add(new GraphOperation("update online meeting")), cancellationToken), timeProvider, logger).ConfigureAwait(false);
        return patch.IsSuccess ? MeetingPrivacyResult.Applied : Refused("update online meeting", patch.Error);
    }

    private MeetingPrivacyResult Refused(string operation, GraphError? error)
    {
        if (error is null)
        {
            return MeetingPrivacyResult.Failed;
        }

        CalendarLog.Refused(logger, operation, error.Status, error.Code, error.RequestId);
        switch (error.Status)
        {
            case 403:
                CalendarLog.MeetingPolicyMissing(logger, operation, error.RequestId, MeetingPrivacyResult.RequiredPermission);
                return new MeetingPrivacyResult(MeetingPrivacyStatus.NotPermitted, ErrorCode: error.Code);
            case 404:
                return MeetingPrivacyResult.MeetingNotFound;
            case 429 or 503 or 504:
                return new MeetingPrivacyResult(MeetingPrivacyStatus.Throttled, error.RetryAfter, error.Code);
            default:
                return new MeetingPrivacyResult(MeetingPrivacyStatus.Failed, ErrorCode: error.Code);
        }
    }
}
