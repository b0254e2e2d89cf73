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
        // The booking itself recorded MeetingBooked, which the cards follow.
        if (c.NeedsRebooking)
        {
            // Moved while the consent changed who organises it or whether it is online.
            outbox.Enqueue(MeetingMessageKinds.Sync, c.Id.ToString(), c.Id);
        }

        if (booked.JoinUrl is not null && c.OnlineAllowed)
        {
            outbox.Enqueue(MeetingMessageKinds.Privacy, c.Id.ToString(), c.Id);
        }

        if (c.OnlineAllowed && string.IsNullOrEmpty(booked.JoinUrl))
        {
            Notify(c, "Meeting.NoJoinLink");
        }

        PlanPreInformation(c, invited, booked.Start);

        if (invited.Outsiders.Count > 0 && c.MayShareTopics)
        {
            // Outsiders get only the neutral invitation; the agreed topics must reach them some other way.
            // Their names are filled in when the notice is sent: the outbox row carries no names.
            Notify(c, "Meeting.OutsidersNeedTopics");
        }

    }

    /// <summary>The best partial slots; with none (the window has no working time left) a plain sentence, never an empty list.</summary>
    /// <summary>
    /// Whoever the consent now lets attend gets pre-information as planned for the booking; someone
    /// who already has it has it updated in place, so a newly allowed attendee is not left out.
    /// </summary>
    public void AttendeesChanged(Case c, InvitedPeople invited, MeetingBooking meeting) => PlanPreInformation(c, invited, meeting.Start);

    private void PlanPreInformation(Case c, InvitedPeople invited, DateTimeOffset start)
    {
        var sendAt = preInformation.SendAt(start, options.Value.PreInformationWorkingDays, time.GetUtcNow());
        var revision = CaseMessageArguments.ForRevision(c.ScheduleRevision);
        foreach (var insider in invited.Internal)
        {
            outbox.Enqueue(MeetingMessageKinds.PreInformation, insider.Person.AadObjectId!, c.Id, revision, sendAt);
        }
    }

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

    /// <summary>Recorded on the case, whose notices follow it once the caller updates the case.</summary>
    private static void Notify(Case c, string textKey, params string[] args) => c.Notify(textKey, args);
}
