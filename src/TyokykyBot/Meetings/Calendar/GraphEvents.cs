using System.Globalization;
using Microsoft.Graph.Models;

namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// The SDK models the calendar sends, holding only what the bot means to say (besides the SDK's own
/// <c>@odata.type</c> annotations). A property left unset is not sent; one set to null would be.
/// </summary>
internal static class GraphEvents
{
    private const string WallClock = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>
    /// <c>POST /users/{id}/events</c> (contrib <c>user-post-events</c>). Sensitivity private hides
    /// subject and body from anyone who only sees the organizer's free/busy; no new time proposals,
    /// because a time change must go through the bot.
    /// </summary>
    public static Event Create(CalendarEventRequest request)
    {
        var created = Patch(request);
        created.IsOnlineMeeting = request.IsOnlineMeeting;
        // The provider cannot be changed later (contrib outlook-calendar-online-meetings).
        if (request.IsOnlineMeeting)
        {
            created.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;
        }

        created.Sensitivity = Sensitivity.Private;
        created.ShowAs = FreeBusyStatus.Busy;
        created.AllowNewTimeProposals = false;
        created.TransactionId = request.TransactionId;
        return created;
    }

    /// <summary>
    /// <c>PATCH /users/{id}/events/{id}</c>: only what a rescheduling changes. The attendee list
    /// replaces the old one; isOnlineMeeting and its provider cannot be changed after creation.
    /// </summary>
    public static Event Patch(CalendarEventRequest request)
    {
        var patch = new Event
        {
            Subject = request.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = request.BodyHtml },
            Start = Utc(request.Start),
            End = Utc(request.End),
            Attendees = [.. request.Attendees.Select(Required)],
        };
        if (request.Location is { Length: > 0 } place)
        {
            patch.Location = new Location { DisplayName = place };
        }

        return patch;
    }

    /// <summary>Every time the bot writes is in UTC, so what Graph stores never depends on the server's zone.</summary>
    public static DateTimeTimeZone Utc(DateTimeOffset instant) =>
        new() { DateTime = instant.UtcDateTime.ToString(WallClock, CultureInfo.InvariantCulture), TimeZone = "UTC" };

    /// <summary>The instant, or null when the time or the zone (IANA or Windows name) cannot be read.</summary>
    public static DateTimeOffset? ToInstant(DateTimeTimeZone? time)
    {
        if (time?.DateTime is not { } text || time.TimeZone is not { } zoneName
            || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return null;
        }

        wallClock = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (string.Equals(zoneName, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return new DateTimeOffset(wallClock, TimeSpan.Zero);
        }

        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneName);
            return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(wallClock, zone), TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>getSchedule's busy statuses as the bot names them; free and unknown are not busy.</summary>
    public static string? BusyStatus(FreeBusyStatus? status) => status switch
    {
        FreeBusyStatus.Busy => "busy",
        FreeBusyStatus.Tentative => "tentative",
        FreeBusyStatus.Oof => "oof",
        FreeBusyStatus.WorkingElsewhere => "workingElsewhere",
        _ => null,
    };

    private static Attendee Required(CalendarAttendee attendee) => new()
    {
        EmailAddress = new EmailAddress { Address = attendee.Email, Name = attendee.Name },
        Type = AttendeeType.Required,
    };
}
