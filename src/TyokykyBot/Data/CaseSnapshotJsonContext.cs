using System.Text.Json.Serialization;
using TyokykyBot.Cases;

namespace TyokykyBot.Data;

/// <summary>Enums as names, so reordering an enum never changes what a stored case, memo or action means.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true, Converters = [typeof(ValueListJsonConverterFactory)])]
[JsonSerializable(typeof(CaseSnapshot))]
[JsonSerializable(typeof(RowContent<MemoContent>))]
[JsonSerializable(typeof(RowContent<AgreedActionContent>))]
[JsonSerializable(typeof(Guid[]))]
[JsonSerializable(typeof(MemoTopic[]))]
[JsonSerializable(typeof(ActionNote[]))]
internal sealed partial class CaseSnapshotJsonContext : JsonSerializerContext;
