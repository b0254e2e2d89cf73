using System.Text.Json.Serialization;

namespace TyokykyBot.Graph;

/// <summary>Only the fields the installer reads or writes; Graph's other fields are ignored.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(InstallAppRequest))]
[JsonSerializable(typeof(GraphCollection<GraphEntity>))]
[JsonSerializable(typeof(GraphEntity))]
internal sealed partial class GraphJsonContext : JsonSerializerContext;
