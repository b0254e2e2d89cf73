using System.Text.Json;
using System.Text.Json.Nodes;
using TyokykyBot.Cases;

namespace TyokykyBot.Data;

/// <summary>
/// A case snapshot to and from its stored JSON. Every form the store ever wrote is read: older ones
/// are upgraded to the current shape first, so the domain only knows <see cref="CaseSnapshot"/>.
/// </summary>
internal static class CaseSnapshotJson
{
    /// <summary>Schema 1's meeting fields, as they stood beside the case's, and what they are called in <see cref="MeetingSnapshot"/>.</summary>
    private static readonly (string Old, string New)[] MeetingFields =
    [
        ("Kind", nameof(MeetingSnapshot.Kind)), ("WindowStart", nameof(MeetingSnapshot.WindowStart)),
        ("WindowEnd", nameof(MeetingSnapshot.WindowEnd)), ("LengthMinutes", nameof(MeetingSnapshot.LengthMinutes)),
        ("Mode", nameof(MeetingSnapshot.Mode)), ("Place", nameof(MeetingSnapshot.Place)),
        ("ScheduleRevision", nameof(MeetingSnapshot.ScheduleRevision)), ("Meeting", nameof(MeetingSnapshot.Booking)),
        ("MeetingCancelled", nameof(MeetingSnapshot.Cancelled)), ("ChairId", nameof(MeetingSnapshot.ChairId)),
        ("SecretaryId", nameof(MeetingSnapshot.SecretaryId)), ("RemoteConfirmations", nameof(MeetingSnapshot.RemoteConfirmations)),
        ("RetiredMeetings", nameof(MeetingSnapshot.RetiredBookings)),
    ];

    public static byte[] Write(CaseSnapshot snapshot) =>
        JsonSerializer.SerializeToUtf8Bytes(snapshot, CaseSnapshotJsonContext.Default.CaseSnapshot);

    public static CaseSnapshot Read(ReadOnlySpan<byte> utf8)
    {
        var json = JsonNode.Parse(utf8) as JsonObject ?? throw new InvalidDataException("A case snapshot is not a JSON object.");
        if (json["Schema"]?.GetValue<int>() == 1)
            UpgradeFromSchema1(json);
        return json.Deserialize(CaseSnapshotJsonContext.Default.CaseSnapshot) ?? throw new InvalidDataException("A case snapshot is empty.");
    }

    /// <summary>
    /// Schema 1 kept the meeting's fields beside the case's, added one by one: a missing one means what
    /// a case stored before it meant (the first meeting, schedule 1, nothing booked or confirmed). Its
    /// earliest snapshots also carried the audit list, which the audit log holds now.
    /// </summary>
    private static void UpgradeFromSchema1(JsonObject json)
    {
        var meeting = new JsonObject
        {
            [nameof(MeetingSnapshot.Number)] = 1,
            [nameof(MeetingSnapshot.ScheduleRevision)] = 1,
            [nameof(MeetingSnapshot.Cancelled)] = false,
            [nameof(MeetingSnapshot.RemoteConfirmations)] = new JsonArray(),
            [nameof(MeetingSnapshot.RetiredBookings)] = new JsonArray(),
        };
        foreach (var (old, name) in MeetingFields)
        {
            // Place, Booking, ChairId and SecretaryId were null when missing, as they are when written so.
            if (json.Remove(old, out var value) && value is not null)
                meeting[name] = value;
            else
                meeting.TryAdd(name, null);
        }

        json.Remove("Audit");
        json[nameof(CaseSnapshot.Meeting)] = meeting;
        json[nameof(CaseSnapshot.Schema)] = CaseSnapshot.CurrentSchema;
    }
}
