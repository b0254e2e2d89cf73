using System.Text.Json.Serialization;

namespace TyokykyBot.Meetings.Calendar;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LocalEventContent))]
internal sealed partial class LocalCalendarJsonContext : JsonSerializerContext;
