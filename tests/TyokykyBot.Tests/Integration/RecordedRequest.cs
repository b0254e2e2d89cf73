using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Integration;

/// <summary>A request the bot sent, how the fake connector answered it, and when.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string Body)
{
    public HttpStatusCode Status { get; init; }

    public DateTimeOffset AnsweredAt { get; init; }

    public bool Succeeded => (int)Status is >= 200 and < 300;

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <summary>
    /// The body with JSON's \u escapes undone ("Työaika", not "Ty\u00F6aika"), so that a search for
    /// a Finnish word can actually find it.
    /// </summary>
    public string Text => Json?.ToJsonString(Readable) ?? Body;

    /// <summary>The first Adaptive Card in the posted activity, if any.</summary>
    public JsonObject? Card => CardJson.AttachedCard(Json);

    public string? CardTitle => (string?)Card?["body"]?.AsArray().FirstOrDefault()?["text"];

    /// <summary>An activity posted into the conversation (any thread of it).</summary>
    public bool IsPostTo(string conversationId) =>
        Method == HttpMethod.Post
        && Uri.UnescapeDataString(Uri.AbsolutePath).Contains("/v3/conversations/" + conversationId + "/activities", StringComparison.Ordinal);
}
