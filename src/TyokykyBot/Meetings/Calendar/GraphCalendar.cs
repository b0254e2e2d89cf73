using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Kiota.Abstractions;
using TyokykyBot.Graph;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// The organizer's Exchange calendar over Microsoft Graph with application Calendars.ReadWrite,
/// through the Graph SDK on the shared "Graph" HttpClient (its retry handler waits on the injected clock).
/// </summary>
public sealed class GraphCalendar(GraphServiceClient graph, TimeProvider timeProvider, ILogger<GraphCalendar> logger) : ICalendar
{
    /// <summary>Minutes per slot of getSchedule's availabilityView; the busy items are what the bot reads.</summary>
    public const int AvailabilityViewInterval = 15;

    public async Task<CalendarResult<IReadOnlyList<CalendarBusy>>> GetScheduleAsync(
        string organizer, IReadOnlyList<string> attendeeEmails, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentNullException.ThrowIfNull(attendeeEmails);
        const string operation = "getSchedule";
        var body = new GetSchedulePostRequestBody
        {
            Schedules = [.. attendeeEmails],
            StartTime = GraphEvents.Utc(start),
            EndTime = GraphEvents.Utc(end),
            AvailabilityViewInterval = AvailabilityViewInterval,
        };
        var answer = await CallAsync(operation, () => graph.Users[organizer].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(
            body, c => Configure(c, operation), cancellationToken)).ConfigureAwait(false);
        if (!answer.IsSuccess)
        {
            return Failure<IReadOnlyList<CalendarBusy>>(answer.Error);
        }

        if (answer.Value?.Value is not { } schedules)
        {
            CalendarLog.Unusable(logger, operation, null);
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
                if (GraphEvents.BusyStatus(item.Status) is { } status
                    && GraphEvents.ToInstant(item.Start) is { } from && GraphEvents.ToInstant(item.End) is { } to)
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
        const string operation = "create event";
        // A retry (here or by the outbox) sends the same transactionId, so Graph books once.
        var answer = await CallAsync(operation, () => graph.Users[organizer].Events.PostAsync(
            GraphEvents.Create(request), c => Configure(c, operation), cancellationToken)).ConfigureAwait(false);
        return ToEvent(operation, answer, request);
    }

    public async Task<CalendarResult<CalendarEvent>> UpdateEventAsync(
        string organizer, string eventId, CalendarEventRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentNullException.ThrowIfNull(request);
        const string operation = "update event";
        var answer = await CallAsync(operation, () => graph.Users[organizer].Events[eventId].PatchAsync(
            GraphEvents.Patch(request), c => Configure(c, operation), cancellationToken)).ConfigureAwait(false);
        return ToEvent(operation, answer, request);
    }

    /// <summary>Graph answers 202 without a body: the result carries the id only (no join link, no times).</summary>
    public async Task<CalendarResult<CalendarEvent>> CancelEventAsync(string organizer, string eventId, string comment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        const string operation = "cancel event";
        var answer = await CallAsync(operation, async () =>
        {
            await graph.Users[organizer].Events[eventId].Cancel.PostAsync(
                new CancelPostRequestBody { Comment = comment ?? "" }, c => Configure(c, operation), cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
        return answer.IsSuccess
            ? CalendarResult<CalendarEvent>.Ok(new CalendarEvent(eventId, null, default, default))
            : Failure<CalendarEvent>(answer.Error);
    }

    /// <summary>Names the call for telemetry; times in answers come back in UTC, whatever the mailbox's own zone.</summary>
    private static void Configure<T>(RequestConfiguration<T> configuration, string operation)
        where T : class, new()
    {
        configuration.Options.Add(new GraphOperation(operation));
        configuration.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
    }

    private async Task<GraphOutcome<T>> CallAsync<T>(string operation, Func<Task<T>> call)
    {
        var answer = await GraphCall.RunAsync(operation, call, timeProvider, logger).ConfigureAwait(false);
        if (answer.Error is { } error)
        {
            CalendarLog.Refused(logger, operation, error.Status, error.Code, error.RequestId);
        }

        return answer;
    }

    private CalendarResult<CalendarEvent> ToEvent(string operation, GraphOutcome<Event?> answer, CalendarEventRequest request)
    {
        if (!answer.IsSuccess)
        {
            return Failure<CalendarEvent>(answer.Error);
        }

        if (answer.Value is not { Id: { Length: > 0 } id } booked)
        {
            CalendarLog.Unusable(logger, operation, null);
            return CalendarResult<CalendarEvent>.Failure(CalendarStatus.Failed);
        }

        return CalendarResult<CalendarEvent>.Ok(new CalendarEvent(
            id, booked.OnlineMeeting?.JoinUrl, GraphEvents.ToInstant(booked.Start) ?? request.Start, GraphEvents.ToInstant(booked.End) ?? request.End));
    }

    /// <summary>The retry handler has already waited for 429/503/504.</summary>
    private static CalendarResult<T> Failure<T>(GraphError? error) => error switch
    {
        null => CalendarResult<T>.Failure(CalendarStatus.Failed),
        { Status: 403 } => CalendarResult<T>.Failure(CalendarStatus.Forbidden, error.RetryAfter, error.Code),
        { Status: 404 } => CalendarResult<T>.Failure(CalendarStatus.NotFound, error.RetryAfter, error.Code),
        { IsThrottled: true } => CalendarResult<T>.Failure(CalendarStatus.Throttled, error.RetryAfter, error.Code),
        _ => CalendarResult<T>.Failure(CalendarStatus.Failed, error.RetryAfter, error.Code),
    };
}
