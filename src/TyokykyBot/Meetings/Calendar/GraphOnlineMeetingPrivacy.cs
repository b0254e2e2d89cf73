using Microsoft.Extensions.Options;
using TyokykyBot.Graph;
using TyokykyBot.Meetings.Calendar.Wire;

namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// Finds the onlineMeeting by its join link and PATCHes its privacy settings (MEETING-FACTS §1, §3),
/// as the organizer: the organizer's id goes in the path, an attendee's gets 403.
/// </summary>
public sealed class GraphOnlineMeetingPrivacy(
    HttpClient httpClient, GraphCredential credential, IOptions<GraphOptions> options, TimeProvider timeProvider, ILogger<GraphOnlineMeetingPrivacy> logger)
    : IOnlineMeetingPrivacy
{
    private readonly GraphCaller _graph = new(httpClient, credential, timeProvider, logger);

    public async Task<MeetingPrivacyResult> ApplyAsync(string organizer, string joinUrl, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(joinUrl);
        var meetings = $"{options.Value.BaseUrl.TrimEnd('/')}/users/{Uri.EscapeDataString(organizer)}/onlineMeetings";

        // The whole filter is escaped once, so the join link's own %-escapes travel as %25… (contrib onlinemeeting-get).
        var filter = Uri.EscapeDataString($"JoinWebUrl eq '{joinUrl.Replace("'", "''", StringComparison.Ordinal)}'");
        var find = await _graph.SendAsync<object>("find online meeting", HttpMethod.Get, $"{meetings}?$filter={filter}", null, null, cancellationToken)
            .ConfigureAwait(false);
        if (find is null || !find.IsSuccess)
        {
            return Refused("find online meeting", find);
        }

        if (GraphCaller.Read(find, CalendarJsonContext.Default.GraphCollectionGraphEntity)?.Value?.FirstOrDefault()?.Id is not { Length: > 0 } id)
        {
            return MeetingPrivacyResult.MeetingNotFound;
        }

        var patch = await _graph.SendAsync("update online meeting", HttpMethod.Patch, $"{meetings}/{Uri.EscapeDataString(id)}",
            GraphMeetingPrivacyPatch.Strict, CalendarJsonContext.Default.GraphMeetingPrivacyPatch, cancellationToken).ConfigureAwait(false);
        return patch is { IsSuccess: true } ? MeetingPrivacyResult.Applied : Refused("update online meeting", patch);
    }

    private MeetingPrivacyResult Refused(string operation, GraphAnswer? answer)
    {
        if (answer is null)
        {
            return MeetingPrivacyResult.Failed;
        }

        switch (answer.Status)
        {
            case 403:
                CalendarLog.MeetingPolicyMissing(logger, operation, answer.RequestId, MeetingPrivacyResult.RequiredPermission);
                return new MeetingPrivacyResult(MeetingPrivacyStatus.NotPermitted, ErrorCode: answer.ErrorCode);
            case 404:
                return MeetingPrivacyResult.MeetingNotFound;
            case 429 or 503 or 504:
                return new MeetingPrivacyResult(MeetingPrivacyStatus.Throttled, answer.RetryAfter, answer.ErrorCode);
            default:
                return new MeetingPrivacyResult(MeetingPrivacyStatus.Failed, ErrorCode: answer.ErrorCode);
        }
    }
}
