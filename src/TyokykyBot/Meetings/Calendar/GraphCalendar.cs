using Microsoft.Extensions.Options;
using TyokykyBot.Graph;
using TyokykyBot.Meetings.Calendar.Wire;

namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// The organizer's Exchange calendar over Microsoft Graph with application Calendars.ReadWrite.
/// Hand-written requests over the shared "Graph" HttpClient rather than the Graph SDK: the bodies
/// stay exactly what is asserted in tests, and the retry handler waits on the injected clock.
/// </summary>
public sealed class GraphCalendar(
    HttpClient httpClient, GraphCredential credential, IOptions<GraphOptions> options, TimeProvider timeProvider, ILogger<GraphCalendar> logger)
    : ICalendar
{
    /// <summary>Minutes per slot of getSchedule's availabilityView; the busy items are what the bot reads.</summary>
    public const int AvailabilityViewInterval = 15;

    private static readonly HashSet<string> BusyStatuses = new(["busy", "tentative", "oof", "workingElsewhere"], StringComparer.OrdinalIgnoreCase);

    private readonly GraphCaller _graph = new(httpClient, credential, timeProvider, logger);

    public async Task<CalendarResult<IReadOnlyList<CalendarBusy>>> GetScheduleAsync(
        string organizer, IReadOnlyList<string> attendeeEmails, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentNullException.ThrowIfNull(attendeeEmails);
        const string operation = "getSchedule";
        var body = new GraphScheduleRequest(attendeeEmails, GraphDateTimeZone.Utc(start), GraphDateTimeZone.Utc(end), AvailabilityViewInterval);
        var answer = await _graph.SendAsync(operation, HttpMethod.Post, $"{User(organizer)}/calendar/getSchedule", body,
            CalendarJsonContext.Default.GraphScheduleRequest, cancellationToken).ConfigureAwait(false);
        if (answer is null || !answer.IsSuccess)
        {
            return Failure<IReadOnlyList<CalendarBusy>>(answer);
        }

        if (GraphCaller.Read(answer, CalendarJsonContext.Default.GraphCollectionGraphScheduleInformation)?.Value is not { } schedules)
        {
            CalendarLog.Unusable(logger, operation, answer.RequestId);
            return CalendarResult<IReadOnlyList<CalendarBusy>>.Failure(CalendarStatus.Failed);
        }

        // Someone outside the organisation has no free/busy here; they are treated as free, as Outlook's scheduling assistant does.
        if (schedules.Count(s => s.Error is not null) is > 0 and var gaps)
        {
            CalendarLog.ScheduleGaps(logger, operation, gaps, schedules.Count);
        }

        var busy = new List<CalendarBusy>();
        foreach (var schedule in schedules.Where(s => s.Error is null && s.ScheduleId is not null))
        {
            var email = attendeeEmails.FirstOrDefault(e => string.Equals(e, schedule.ScheduleId, StringComparison.OrdinalIgnoreCase)) ?? schedule.ScheduleId!;
            foreach (var item in schedule.ScheduleItems ?? [])
            {
                if (item.Status is { } status && BusyStatuses.Contains(status)
                    && item.Start?.ToInstant() is { } from && item.End?.ToInstant() is { } to)
                {
                    busy.Add(new CalendarBusy(email, from, to, status));
                }
            }
        }

        return CalendarResult<IReadOnlyList<CalendarBusy>>.Ok(busy);
    }

    public async Task<CalendarResult<CalendarEvent>> CreateEventAsync(string organizer, CalendarEventRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TransactionId);
        // A retry (here or by the outbox) sends the same transactionId, so Graph books once.
        var answer = await _graph.SendAsync("create event", HttpMethod.Post, $"{User(organizer)}/events", GraphEventCreate.From(request),
            CalendarJsonContext.Default.GraphEventCreate, cancellationToken).ConfigureAwait(false);
        return ToEvent("create event", answer, request);
    }

    public async Task<CalendarResult<CalendarEvent>> UpdateEventAsync(
        string organizer, string eventId, CalendarEventRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentNullException.ThrowIfNull(request);
        var answer = await _graph.SendAsync("update event", HttpMethod.Patch, Event(organizer, eventId), GraphEventPatch.From(request),
            CalendarJsonContext.Default.GraphEventPatch, cancellationToken).ConfigureAwait(false);
        return ToEvent("update event", answer, request);
    }

    /// <summary>Graph answers 202 without a body: the result carries the id only (no join link, no times).</summary>
    public async Task<CalendarResult<CalendarEvent>> CancelEventAsync(string organizer, string eventId, string comment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        var answer = await _graph.SendAsync("cancel event", HttpMethod.Post, $"{Event(organizer, eventId)}/cancel", new GraphCancel(comment ?? ""),
            CalendarJsonContext.Default.GraphCancel, cancellationToken).ConfigureAwait(false);
        return answer is { IsSuccess: true }
            ? CalendarResult<CalendarEvent>.Ok(new CalendarEvent(eventId, null, default, default))
            : Failure<CalendarEvent>(answer);
    }

    private CalendarResult<CalendarEvent> ToEvent(string operation, GraphAnswer? answer, CalendarEventRequest request)
    {
        if (answer is null || !answer.IsSuccess)
        {
            return Failure<CalendarEvent>(answer);
        }

        if (GraphCaller.Read(answer, CalendarJsonContext.Default.GraphEventAnswer) is not { Id: { Length: > 0 } id } booked)
        {
            CalendarLog.Unusable(logger, operation, answer.RequestId);
            return CalendarResult<CalendarEvent>.Failure(CalendarStatus.Failed);
        }

        return CalendarResult<CalendarEvent>.Ok(new CalendarEvent(
            id, booked.OnlineMeeting?.JoinUrl, booked.Start?.ToInstant() ?? request.Start, booked.End?.ToInstant() ?? request.End));
    }

    private static CalendarResult<T> Failure<T>(GraphAnswer? answer) =>
        answer is null
            ? CalendarResult<T>.Failure(CalendarStatus.Failed)
            : CalendarResult<T>.Failure(answer.FailureStatus, answer.RetryAfter, answer.ErrorCode);

    private string User(string organizer) => $"{options.Value.BaseUrl.TrimEnd('/')}/users/{Uri.EscapeDataString(organizer)}";

    private string Event(string organizer, string eventId) => $"{User(organizer)}/events/{Uri.EscapeDataString(eventId)}";
}
