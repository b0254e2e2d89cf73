using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// The embedded default: a calendar in the bot's own database, with the same promises as Graph's
/// (one event per transactionId, free/busy, update, cancel) and clearly fake but well-formed join links.
/// </summary>
/// <remarks>
/// It is the calendar, not part of a case's unit of work: every call runs in a scope of its own and
/// saves at once, as Graph would, so it never commits (or waits for) a caller's pending case changes.
/// Subject, body and attendees are encrypted with <see cref="IFieldProtector"/>; the organiser is kept
/// as a keyed pseudonym, since the transactionId beside it names the case.
/// </remarks>
public sealed class LocalCalendar(IServiceScopeFactory scopes, IFieldProtector protector, PersonPseudonyms pseudonyms, TimeProvider timeProvider) : ICalendar
{
    public const string JoinUrlPrefix = "https://teams.microsoft.com/l/meetup-join/local-";

    public async Task<CalendarResult<IReadOnlyList<CalendarBusy>>> GetScheduleAsync(
        string organizer, IReadOnlyList<string> attendeeEmails, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attendeeEmails);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        var (from, to) = (start.ToUniversalTime(), end.ToUniversalTime());
        var events = await db.LocalCalendarEvents.AsNoTracking()
            .Where(e => !e.Cancelled && e.Start < to && e.End > from)
            .OrderBy(e => e.Start)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var busy = new List<CalendarBusy>();
        foreach (var e in events)
        {
            var content = Read(e);
            foreach (var email in attendeeEmails.Where(m => content.Includes(m) || e.Organizer == pseudonyms.Of(m)))
            {
                busy.Add(new CalendarBusy(email, e.Start, e.End, "busy"));
            }
        }

        return CalendarResult<IReadOnlyList<CalendarBusy>>.Ok(busy);
    }

    public async Task<CalendarResult<CalendarEvent>> CreateEventAsync(string organizer, CalendarEventRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.TransactionId);
        if (await FindByTransactionAsync(organizer, request.TransactionId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var id = Guid.NewGuid().ToString("N");
        var row = new LocalCalendarEvent
        {
            Id = id,
            Organizer = pseudonyms.Of(organizer),
            TransactionId = request.TransactionId,
            Start = request.Start.ToUniversalTime(),
            End = request.End.ToUniversalTime(),
            JoinUrl = request.IsOnlineMeeting ? JoinUrlPrefix + id : "",
            ProtectedData = Protect(LocalEventContent.From(request)),
            UpdatedAt = timeProvider.GetUtcNow(),
        };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
            db.LocalCalendarEvents.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return CalendarResult<CalendarEvent>.Ok(ToEvent(row));
        }
        catch (DbUpdateException)
        {
            // Two creates with one transactionId raced; the unique index kept one: return that one.
            return await FindByTransactionAsync(organizer, request.TransactionId, cancellationToken).ConfigureAwait(false)
                ?? CalendarResult<CalendarEvent>.Failure(CalendarStatus.Failed);
        }
    }

    public Task<CalendarResult<CalendarEvent>> UpdateEventAsync(
        string organizer, string eventId, CalendarEventRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ChangeAsync(organizer, eventId, row =>
        {
            row.Start = request.Start.ToUniversalTime();
            row.End = request.End.ToUniversalTime();
            // isOnlineMeeting is fixed at creation, as in Graph: the join link stays.
            row.ProtectedData = Protect(LocalEventContent.From(request) with { IsOnlineMeeting = Read(row).IsOnlineMeeting });
        }, cancellationToken);
    }

    /// <summary>The comment would go to attendees by mail; a local calendar sends none, so it is not kept.</summary>
    public Task<CalendarResult<CalendarEvent>> CancelEventAsync(string organizer, string eventId, string comment, CancellationToken cancellationToken) =>
        ChangeAsync(organizer, eventId, row => row.Cancelled = true, cancellationToken);

    /// <summary>A cancelled event is gone, as in Graph: changing or cancelling it again is NotFound.</summary>
    private async Task<CalendarResult<CalendarEvent>> ChangeAsync(
        string organizer, string eventId, Action<LocalCalendarEvent> change, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organizer);
        // Events stored before organisers were pseudonymised still carry the plain id.
        var key = pseudonyms.Of(organizer);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        var row = await db.LocalCalendarEvents
            .SingleOrDefaultAsync(e => e.Id == eventId && (e.Organizer == key || e.Organizer == organizer) && !e.Cancelled, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return CalendarResult<CalendarEvent>.Failure(CalendarStatus.NotFound);
        }

        change(row);
        row.UpdatedAt = timeProvider.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CalendarResult<CalendarEvent>.Ok(ToEvent(row));
    }

    private async Task<CalendarResult<CalendarEvent>?> FindByTransactionAsync(string organizer, string transactionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        var row = await db.LocalCalendarEvents.AsNoTracking()
            .SingleOrDefaultAsync(e => e.TransactionId == transactionId, cancellationToken).ConfigureAwait(false);
        return row switch
        {
            null => null,
            // transactionId is unique across the table; another organizer's id is a caller bug, not a retry.
            _ when row.Organizer != pseudonyms.Of(organizer) && row.Organizer != organizer => CalendarResult<CalendarEvent>.Failure(CalendarStatus.Failed, errorCode: "TransactionIdInUse"),
            _ => CalendarResult<CalendarEvent>.Ok(ToEvent(row)),
        };
    }

    private static CalendarEvent ToEvent(LocalCalendarEvent row) =>
        new(row.Id, row.JoinUrl is { Length: > 0 } url ? url : null, row.Start, row.End);

    private string Protect(LocalEventContent content) =>
        protector.Protect(JsonSerializer.Serialize(content, LocalCalendarJsonContext.Default.LocalEventContent));

    private LocalEventContent Read(LocalCalendarEvent row) =>
        JsonSerializer.Deserialize(protector.Unprotect(row.ProtectedData), LocalCalendarJsonContext.Default.LocalEventContent)
        ?? throw new InvalidOperationException($"Local calendar event {row.Id} has no content.");
}
