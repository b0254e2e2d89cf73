using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Outbox;

namespace TyokykyBot.Meetings;

/// <summary>
/// No recording, no transcription, only invited people past the lobby, presenters the organizer.
/// Where the tenant has not allowed the app to do this, the convener is told once and the case goes on.
/// </summary>
public sealed class MeetingPrivacyHandler(CaseRepository cases, IOnlineMeetingPrivacy privacy) : IOutboxHandler
{
    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { Meeting: { JoinUrl: { Length: > 0 } joinUrl } meeting } found)
        {
            return OutboxHandlerResult.Done;
        }

        var result = await privacy.ApplyAsync(meeting.Organizer, joinUrl, cancellationToken);
        switch (result.Status)
        {
            case MeetingPrivacyStatus.Applied or MeetingPrivacyStatus.NotConfigured:
                return OutboxHandlerResult.Done;
            case MeetingPrivacyStatus.NotPermitted:
                found.Notify("Meeting.PrivacyNotPermitted");
                cases.Update(found);
                return OutboxHandlerResult.Fail("NotPermitted");
            default:
                return OutboxHandlerResult.Retry(result.Status.ToString(), result.RetryAfter);
        }
    }
}
