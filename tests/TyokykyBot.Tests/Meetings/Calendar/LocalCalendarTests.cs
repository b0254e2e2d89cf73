using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Tests.Data;

namespace TyokykyBot.Tests.Meetings.Calendar;

public sealed class LocalCalendarTests : IDisposable
{
    private const string Organizer = "aino.virtanen@contoso.fi";
    private const string Mikko = "mikko.korhonen@contoso.fi";
    private readonly LocalCalendarHost _host = new();

    [Fact]
    public async Task CreateEvent_SameTransactionIdTwice_OneEventReturnedBothTimes()
    {
        var first = await _host.Calendar.CreateEventAsync(Organizer, CalendarRequests.Neutral("txn-1"), CancellationToken.None);
        var again = await _host.Calendar.CreateEventAsync(Organizer, CalendarRequests.Neutral("txn-1") with { Subject = "retry" }, CancellationToken.None);

        Assert.True(first.IsOk);
        Assert.Equal(first, again);
        await using var db = _host.Database.NewContext();
        Assert.Equal(1, await db.LocalCalendarEvents.CountAsync());
    }

    [Fact]
    public async Task CreateEvent_Online_WellFormedFakeJoinUrlAndUtcTimes()
    {
        var result = await _host.Calendar.CreateEventAsync(Organizer, CalendarRequests.Neutral(), CancellationToken.None);

        var booked = result.Value!;
        Assert.Equal(LocalCalendar.JoinUrlPrefix + booked.Id, booked.JoinUrl);
        Assert.True(Uri.TryCreate(booked.JoinUrl, UriKind.Absolute, out var url) && url.Scheme == "https");
        Assert.Equal(CalendarRequests.Start, booked.Start);
        Assert.Equal(TimeSpan.Zero, booked.Start.Offset);
    }

    [Fact]
    public async Task CreateEvent_TransactionIdOfAnotherOrganizer_Failed()
    {
        await _host.Calendar.CreateEventAsync(Organizer, CalendarRequests.Neutral("txn-1"), CancellationToken.None);

        var other = await _host.Calendar.CreateEventAsync("someone@contoso.fi", CalendarRequests.Neutral("txn-1"), CancellationToken.None);

        Assert.Equal(CalendarStatus.Failed, other.Status);
    }

    [Fact]
    public async Task GetSchedule_AttendeeOrganizerAndStranger_OnlyThoseInTheEventAreBusy()
    {
        var booked = (await _host.Calendar.CreateEventAsync(Organizer, CalendarRequests.Neutral(), CancellationToken.None)).Value!;
        await _host.Calendar.CreateEventAsync(Organizer, CalendarRequests.Neutral("txn-next-week") with
        {
            Start = CalendarRequests.Start.AddDays(7),
            End = CalendarRequests.Start.AddDays(7).AddHours(1),
        }, CancellationToken.None);

        var day = new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);
        var result = await _host.Calendar.GetScheduleAsync("anyone@contoso.fi", ["MIKKO.KORHONEN@contoso.fi", Organizer, "stranger@contoso.fi"], day, day.AddDays(1), CancellationToken.None);

        Assert.Equal(
            [new CalendarBusy("MIKKO.KORHONEN@contoso.fi", booked.Start, booked.End, "busy"), new CalendarBusy(Organizer, booked.Start, booked.End, "busy")],
            result.Value!);
    }

    [Fact]
    public async Task CancelEvent_Booked_GoneFromFreeBusyAndCannotBeChangedAgain()
    {
        var booked = (await _host.Calendar.CreateEventAsync(Organizer, CalendarRequests.Neutral(), CancellationToken.None)).Value!;

        var cancelled = await _host.Calendar.CancelEventAsync(Organizer, booked.Id, "Peruttu.", CancellationToken.None);

        Assert.True(cancelled.IsOk);
        var busy = await _host.Calendar.GetScheduleAsync(Organizer, [Mikko], booked.Start.AddHours(-1), booked.End.AddHours(1), CancellationToken.None);
        Assert.Empty(busy.Value!);
        Assert.Equal(CalendarStatus.NotFound, (await _host.Calendar.CancelEventAsync(Organizer, booked.Id, "x", CancellationToken.None)).Status);
        Assert.Equal(CalendarStatus.NotFound, (await _host.Calendar.UpdateEventAsync(Organizer, booked.Id, CalendarRequests.Neutral(), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task UpdateEvent_NewTimeAndAttendees_FreeBusyFollows()
    {
        var booked = (await _host.Calendar.CreateEventAsync(Organizer, CalendarRequests.Neutral(), CancellationToken.None)).Value!;
        var later = CalendarRequests.Neutral(attendees: [new("eeva@contoso.fi", "Eeva")]) with
        {
            Start = booked.Start.AddHours(3),
            End = booked.End.AddHours(3),
        };

        var updated = await _host.Calendar.UpdateEventAsync(Organizer, booked.Id, later, CancellationToken.None);

        Assert.Equal(new CalendarEvent(booked.Id, booked.JoinUrl, later.Start, later.End), updated.Value);
        var busy = await _host.Calendar.GetScheduleAsync(Organizer, [Mikko, "eeva@contoso.fi"], booked.Start, booked.End.AddHours(5), CancellationToken.None);
        Assert.Equal([new CalendarBusy("eeva@contoso.fi", later.Start, later.End, "busy")], busy.Value!);
    }

    [Fact]
    public async Task UpdateEvent_UnknownOrOtherOrganizersEvent_NotFound()
    {
        var booked = (await _host.Calendar.CreateEventAsync(Organizer, CalendarRequests.Neutral(), CancellationToken.None)).Value!;

        Assert.Equal(CalendarStatus.NotFound, (await _host.Calendar.UpdateEventAsync(Organizer, "nope", CalendarRequests.Neutral(), CancellationToken.None)).Status);
        Assert.Equal(CalendarStatus.NotFound, (await _host.Calendar.UpdateEventAsync("other@contoso.fi", booked.Id, CalendarRequests.Neutral(), CancellationToken.None)).Status);
    }

    [Fact]
    public async Task CreateEvent_CallerHasPendingChanges_SavesOnlyItsOwn()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var callersDb = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        callersDb.AuditLog.Add(new AuditRecord { At = _host.Clock.GetUtcNow(), Actor = "x", Action = "pending", Detail = "x" });

        var result = await scope.ServiceProvider.GetRequiredService<ICalendar>().CreateEventAsync(Organizer, CalendarRequests.Neutral(), CancellationToken.None);

        Assert.True(result.IsOk);
        await using var check = _host.Database.NewContext();
        Assert.Equal(1, await check.LocalCalendarEvents.CountAsync());
        Assert.Equal(0, await check.AuditLog.CountAsync());
    }

    [Fact]
    public async Task CreateEvent_CanaryInNamesAndSubject_NotInTheDatabaseFileButReadBack()
    {
        var canary = "Kanarialintu" + Guid.NewGuid().ToString("N")[..10];
        var request = CalendarRequests.Neutral(attendees: [new(Mikko, "Mikko " + canary)]) with { Subject = "Neuvottelu " + canary, Location = canary };

        var booked = (await _host.Calendar.CreateEventAsync(Organizer, request, CancellationToken.None)).Value!;
        // Read back through the encryption: the attendee (found only inside ProtectedData) is busy.
        var busy = await _host.Calendar.GetScheduleAsync(Organizer, [Mikko], booked.Start, booked.End, CancellationToken.None);
        Assert.Single(busy.Value!);
        SqliteTestDatabase.CloseConnections();

        var files = Directory.GetFiles(_host.Database.Folder).Select(File.ReadAllBytes).ToArray();
        Assert.Contains(files, b => b.AsSpan().IndexOf(Encoding.UTF8.GetBytes(booked.Id)) >= 0);
        foreach (var encoding in new[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            Assert.All(files, b => Assert.True(b.AsSpan().IndexOf(encoding.GetBytes(canary)) < 0, $"canary on disk ({encoding.WebName})"));
            // The transactionId names the case, so the organiser beside it is only a pseudonym.
            Assert.All(files, b => Assert.True(b.AsSpan().IndexOf(encoding.GetBytes(Organizer)) < 0, $"organiser on disk ({encoding.WebName})"));
        }
    }

    public void Dispose() => _host.Dispose();
}
