using System.Text.Json.Nodes;

namespace TyokykyBot.BotFramework.Schema;

/// <summary>
/// What an invoke is answered with: <see cref="Status"/> becomes the HTTP status and
/// <see cref="Body"/> the HTTP body of the same POST (Bot Framework SDK behaviour).
/// </summary>
public sealed record InvokeResponse(int Status, AdaptiveCardInvokeResponse? Body = null)
{
    /// <summary>The SDK answers an invoke nobody handles with 501.</summary>
    public static InvokeResponse NotImplemented { get; } = new(501);

    public static InvokeResponse Card(JsonObject card) => new(200, AdaptiveCardInvokeResponse.Card(card));

    public static InvokeResponse Message(string text) => new(200, AdaptiveCardInvokeResponse.Message(text));

    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(200, AdaptiveCardInvokeResponse.Error(statusCode, code, message));
}
