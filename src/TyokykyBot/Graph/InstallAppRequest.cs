using System.Text.Json.Serialization;

namespace TyokykyBot.Graph;

/// <summary>The body of <c>POST /users/{id}/teamwork/installedApps</c>: a link to the catalog app.</summary>
internal sealed record InstallAppRequest([property: JsonPropertyName("teamsApp@odata.bind")] string TeamsAppBind);
