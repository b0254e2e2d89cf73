using System.Text.Json;
using System.Text.Json.Nodes;
using TyokykyBot.Cases;
using TyokykyBot.Data;

namespace TyokykyBot.Tests.Cases;

/// <summary>
/// A snapshot as the store wrote it before cases had a meeting: the same JSON without the meeting's
/// properties, and with the audit list snapshots then carried.
/// </summary>
internal static class OldSnapshotJson
{
    public static readonly string[] PreMeetingProperties =
    [
        "Schema", "Id", "Code", "State", "Convener", "ConvenerRole", "ConvenedAt", "Kind", "WindowStart", "WindowEnd",
        "LengthMinutes", "Mode", "Participants", "Consents",
    ];

    public static readonly string[] MeetingProperties =
        ["Meeting", "MeetingCancelled", "ScheduleRevision", "ChairId", "SecretaryId", "RemoteConfirmations", "Place", "RetiredMeetings"];

    public static string Serialize(CaseSnapshot snapshot) =>
        JsonSerializer.Serialize(snapshot, CaseSnapshotJsonContext.Default.CaseSnapshot);

    public static CaseSnapshot Deserialize(string json) =>
        JsonSerializer.Deserialize(json, CaseSnapshotJsonContext.Default.CaseSnapshot)!;

    public static string From(CaseSnapshot snapshot)
    {
        var json = JsonNode.Parse(Serialize(snapshot))!.AsObject();
        foreach (var name in MeetingProperties)
            Assert.True(json.Remove(name), $"The current shape has no {name}.");
        Assert.Equal(PreMeetingProperties.Order(), json.Select(p => p.Key).Order());
        json["Audit"] = JsonNode.Parse("""[{"At":"2026-03-02T09:00:00+02:00","Actor":"aad-supervisor","Action":"CaseConvened","Detail":""}]""");
        return json.ToJsonString();
    }
}
