using Microsoft.Extensions.Options;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Meetings.Scheduling;
using TyokykyBot.Outbox;

namespace TyokykyBot.Meetings;

/// <summary>What a booking (or a failure to book) leaves for the outbox: cards, notices, privacy settings.</summary>
public sealed class MeetingFollowUps(OutboxWriter outbox, PreInformationTime preInformation, IOptions<MeetingOptions> options, TimeProvider time)
{
    public void Booked(Case c, InvitedPeople invited, CalendarEvent booked)
    {
        outbox.Enqueue(CaseMessageKinds.UpdateStatusCards, c.Id.ToString(), c.Id);
        if (c.Mode == MeetingMode.Remote)
        {
            outbox.Enqueue(MeetingMessageKinds.Privacy, c.Id.ToString(), c.Id);
            if (string.IsNullOrEmpty(booked.JoinUrl))
            {
                Notify(c, "Meeting.NoJoinLink");
            }
        }

        var sendAt = preInformation.SendAt(booked.Start, options.Value.PreInformationWorkingDays, time.GetUtcNow());
        var revision = CaseMessageArguments.ForRevision(c.ScheduleRevision);
        foreach (var insider in invited.Internal)
        {
            outbox.Enqueue(MeetingMessageKinds.PreInformation, insider.Person.AadObjectId!, c.Id, revision, sendAt);
        }

        if (invited.Outsiders.Count > 0 && c.MayShareTopics)
        {
            // Outsiders get only the neutral invitation; the agreed topics must reach them some other way.
            Notify(c, "Meeting.OutsidersNeedTopics", string.Join(", ", invited.Outsiders.Select(o => o.Person.DisplayName)));
        }

    }

    /// <summary>The best partial slots; with none (the window has no working time left) a plain sentence, never an empty list.</summary>
    public void NoSlot(Case c, IReadOnlyList<PartialSlot> partials)
    {
        if (partials.Count == 0)
        {
            Notify(c, "Meeting.NoSlotAtAll");
            return;
        }

        Notify(c, "Meeting.NoSlot", string.Join("; ", partials.Select(p =>
            $"{HelsinkiTime.Format(p.Slot.Start)} ({p.BusyAttendees.Count})")));
    }

    public void CalendarRefused(Case c, CalendarStatus status) =>
        Notify(c, status == CalendarStatus.NotFound ? "Meeting.MailboxNotFound" : "Meeting.CalendarForbidden");

    private void Notify(Case c, string textKey, params string[] args) =>
        outbox.Enqueue(CaseMessageKinds.NotifyConvener, c.Convener.ActorId, c.Id, CaseMessageArguments.ForNotice(textKey, args));
}
