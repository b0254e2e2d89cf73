using System.Text.Json.Serialization;
using TyokykyBot.Cases;

namespace TyokykyBot.Data;

/// <summary>
/// Enums as names, so reordering an enum never changes what a stored case, memo or action means. Each
/// <see cref="ValueList{T}"/> is written as an array of its items, so their array types are listed here. A
/// property missing from stored data is an error, not a silent null: older forms are upgraded first.
/// </summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, RespectRequiredConstructorParameters = true, Converters = [typeof(ValueListJsonConverterFactory)])]
[JsonSerializable(typeof(CaseSnapshot))]
[JsonSerializable(typeof(RowContent<MemoContent>))]
[JsonSerializable(typeof(RowContent<AgreedActionContent>))]
[JsonSerializable(typeof(Guid[]))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(ParticipantSnapshot[]))]
[JsonSerializable(typeof(ConsentVersionSnapshot[]))]
[JsonSerializable(typeof(RemoteConfirmation[]))]
[JsonSerializable(typeof(MeetingBooking[]))]
[JsonSerializable(typeof(MemoTopic[]))]
[JsonSerializable(typeof(ActionNote[]))]
[JsonSerializable(typeof(MemoActionItem[]))]
internal sealed partial class CaseSnapshotJsonContext : JsonSerializerContext;
