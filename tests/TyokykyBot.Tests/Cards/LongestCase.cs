using System.Collections.Immutable;
using TyokykyBot.Cases;
using TyokykyBot.Seeds;

namespace TyokykyBot.Tests.Cards;

/// <summary>
/// A case at every limit: as many participants as convening allows, each with the longest name
/// Entra ID gives (256 characters) or the longest address, the longest place and note, every topic,
/// everyone allowed and on the memo. Text is Finnish-like, so a quarter of it is escaped on the wire.
/// </summary>
internal static class LongestCase
{
    /// <summary>Entra ID's limit on displayName.</summary>
    public const int MaxNameLength = 256;

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(2));
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(2));

    public static string Text(int length, int seed = 0)
    {
        var text = string.Concat(Enumerable.Repeat($"Hämäläinen-Öhman {seed} ", length / 10 + 2));
        return text[..length];
    }

    public static string Email(int seed) => $"{seed}-" + new string('a', 254 - 20 - seed.ToString().Length) + "@terveys.example.fi";

    public static PersonRef Insider(int seed) => PersonRef.Insider($"aad-{seed:D4}-0000-0000-0000-000000000000", Text(MaxNameLength, seed), Email(seed));

    public static DirectoryPerson Listed(int seed, params string[] roles) => new()
    {
        Id = $"p{seed}",
        AadObjectId = $"{seed:D8}-0000-4000-8000-000000000000",
        DisplayName = Text(MaxNameLength, seed),
        Email = Email(seed),
        JobTitle = Text(64, seed),
        Organisation = Text(64, seed + 1),
        Roles = [.. roles],
    };

    public static Case Convened(MeetingMode mode)
    {
        var convener = Insider(1);
        var fixedPeople = 2; // the employee and the supervisor, who convenes
        var oh = Enumerable.Range(0, 2).Select(i => new ParticipantEntry(PersonRef.Outsider(Email(100 + i), Email(100 + i)), CaseRole.OhPhysician));
        var others = Enumerable.Range(0, ConveneRules.MaxParticipants - fixedPeople - 2)
            .Select(i => new ParticipantEntry(Insider(200 + i), i % 2 == 0 ? CaseRole.Hr : CaseRole.Other));
        var request = new ConveneRequest
        {
            Convener = convener,
            ConvenerRole = CaseRole.Supervisor,
            Employee = Insider(2),
            OccupationalHealth = [.. oh],
            Others = [.. others],
            WindowStart = DateOnly.FromDateTime(Now.Date).AddDays(7),
            WindowEnd = DateOnly.FromDateTime(Now.Date).AddDays(7 + ConveneRules.MaxWindowDays - 1),
            Mode = mode,
            Place = mode == MeetingMode.OnSite ? Text(ConveneRules.MaxPlaceLength) : null,
        };
        var result = Case.Convene(request, Guid.Parse("0b7e2c1a-4f3d-7a10-9c2e-5d8f61a4b3c7"), Now);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.Equal(ConveneRules.MaxParticipants, result.Case!.Participants.Count);
        return result.Case;
    }

    /// <summary>Consent to everything, with a shop steward of the longest name and the longest note.</summary>
    public static ConsentDraft Everything(Case c, SeedCatalog seeds) => new()
    {
        Topics = [.. seeds.ConsentTopics.Select(t => t.Id)],
        AllowedAttendeeIds = [.. c.Participants.Where(p => p.Role.MayBeProposed()).Select(p => p.Id)],
        MemoRecipientIds = [.. c.Participants.Select(p => p.Id)],
        ShopSteward = Insider(300),
        MemoToShopSteward = true,
        MayShareTopics = true,
        RemoteMeeting = c.Mode == MeetingMode.Remote,
        Note = Text(ConsentDraft.MaxNoteLength),
    };

    /// <summary>Given, booked, with the chair and the secretary set.</summary>
    public static Case Scheduled(MeetingMode mode, SeedCatalog seeds)
    {
        var c = Convened(mode);
        Assert.Equal(ConsentOutcome.Recorded, c.RecordConsent(c.Employee.Person, Everything(c, seeds), Now).Outcome);
        var joinUrl = mode == MeetingMode.Remote ? "https://teams.microsoft.com/l/meetup-join/" + new string('x', 400) : null;
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(new MeetingBooking("event-1", c.Convener.AadObjectId!, Start, Start.AddMinutes(120), joinUrl, Online: joinUrl is not null), Now));
        var attendees = c.Attendees();
        Assert.Equal(MeetingOutcome.Done, c.SetRoles(c.Convener, attendees[^1].Id, attendees[^2].Id, Now));
        return c;
    }

    public static ImmutableArray<DirectoryPerson> Directory(int count, int seed, params string[] roles) =>
        [.. Enumerable.Range(seed, count).Select(i => Listed(i, roles))];
}
