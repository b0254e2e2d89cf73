using System.Text.Json;
using System.Text.Json.Serialization;

namespace TyokykyBot.Seeds;

/// <summary>
/// Strict reading: an unknown property is an error, so a misspelt field (or a "default on" flag
/// on a consent topic) cannot slip through unnoticed.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(SeedFile<ConsentTopic>))]
[JsonSerializable(typeof(SeedFile<RoleDefinition>))]
[JsonSerializable(typeof(SeedFile<ChecklistItem>))]
[JsonSerializable(typeof(SeedFile<PreparationQuestion>))]
[JsonSerializable(typeof(SeedFile<Forum>))]
[JsonSerializable(typeof(SeedFile<DirectoryPerson>))]
internal sealed partial class SeedJsonContext : JsonSerializerContext;
