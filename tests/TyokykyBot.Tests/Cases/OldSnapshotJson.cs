using System.Text.Json;
using System.Text.Json.Nodes;
using TyokykyBot.Cases;
using TyokykyBot.Data;

namespace TyokykyBot.Tests.Cases;

/// <summary>
/// Snapshots in the forms the store wrote before: schema 1, with the meeting's fields beside the
/// case's under their old names (<see cref="Schema1"/>), and before cases had a meeting, without
/// them and with the audit list snapshots then carried (<see cref="From"/>).
/// </summary>
internal static class OldSnapshotJson
{
    public static readonly string[] PreMeetingProperties =
    [
        "Schema", "Id", "Code", "State", "Convener", "ConvenerRole", "ConvenedAt", "Kind", "WindowStart", "WindowEnd",
        "LengthMinutes", "Mode", "Participants", "Consents",
    ];

    /// <summary>Schema 1's names for the meeting's fields, in <see cref="MeetingSnapshot"/>'s order (its number had none).</summary>
    private static readonly (string Old, string New)[] MeetingProperties =
    [
        ("Kind", "Kind"), ("WindowStart", "WindowStart"), ("WindowEnd", "WindowEnd"), ("LengthMinutes", "LengthMinutes"), ("Mode", "Mode"),
        ("Place", "Place"), ("ScheduleRevision", "ScheduleRevision"), ("Meeting", "Booking"), ("MeetingCancelled", "Cancelled"),
        ("ChairId", "ChairId"), ("SecretaryId", "SecretaryId"), ("RemoteConfirmations", "RemoteConfirmations"), ("RetiredMeetings", "RetiredBookings"),
    ];

    public static string Serialize(CaseSnapshot snapshot) => System.Text.Encoding.UTF8.GetString(CaseSnapshotJson.Write(snapshot));

    /// <summary>As the repository reads: any stored form.</summary>
    public static CaseSnapshot Deserialize(string json) => CaseSnapshotJson.Read(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>The snapshot as schema 1 wrote it, all its meeting fields beside the case's.</summary>
    public static string Schema1(CaseSnapshot snapshot)
    {
        var json = JsonNode.Parse(Serialize(snapshot))!.AsObject();
        Assert.True(json.Remove("Meeting", out var meetingNode), "The current shape has no Meeting.");
        var meeting = meetingNode!.AsObject();
        Assert.Equal(1, meeting["Number"]!.GetValue<int>());
        Assert.Equal(MeetingProperties.Select(p => p.New).Prepend("Number"), meeting.Select(p => p.Key));
        foreach (var (old, current) in MeetingProperties)
            json[old] = meeting[current]?.DeepClone();
        json["Schema"] = 1;
        return json.ToJsonString();
    }

    /// <summary>The snapshot as the store wrote it before cases had a meeting.</summary>
    public static string From(CaseSnapshot snapshot)
    {
        var json = JsonNode.Parse(Schema1(snapshot))!.AsObject();
        foreach (var (old, _) in MeetingProperties.Where(p => !PreMeetingProperties.Contains(p.Old)))
            Assert.True(json.Remove(old), $"Schema 1 has no {old}.");
        Assert.Equal(PreMeetingProperties.Order(), json.Select(p => p.Key).Order());
        json["Audit"] = JsonNode.Parse("""[{"At":"2026-03-02T09:00:00+02:00","Actor":"aad-supervisor","Action":"CaseConvened","Detail":""}]""");
        return json.ToJsonString();
    }
}
