using System.Text.Json.Serialization;
using TyokykyBot.Graph;

namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>Only the fields the calendar writes or reads; Graph's other fields are ignored. Nulls are left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GraphEventCreate))]
[JsonSerializable(typeof(GraphEventPatch))]
[JsonSerializable(typeof(GraphEventAnswer))]
[JsonSerializable(typeof(GraphCancel))]
[JsonSerializable(typeof(GraphScheduleRequest))]
[JsonSerializable(typeof(GraphCollection<GraphScheduleInformation>))]
[JsonSerializable(typeof(GraphCollection<GraphEntity>))]
[JsonSerializable(typeof(GraphErrorAnswer))]
[JsonSerializable(typeof(GraphMeetingPrivacyPatch))]
internal sealed partial class CalendarJsonContext : JsonSerializerContext;
