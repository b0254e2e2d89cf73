using System.Text.Json.Serialization;
using TyokykyBot.Cases;

namespace TyokykyBot.Data;

/// <summary>Enums as names, so reordering an enum never changes what a stored case means.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(CaseSnapshot))]
internal sealed partial class CaseSnapshotJsonContext : JsonSerializerContext;
