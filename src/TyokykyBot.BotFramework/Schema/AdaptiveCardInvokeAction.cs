using System.Text.Json;

namespace TyokykyBot.BotFramework.Schema;

/// <summary>An <c>Action.Execute</c> as it arrives: its verb and the card's data merged with its inputs.</summary>
public sealed record AdaptiveCardInvokeAction(string? Type, string? Id, string? Verb, JsonElement? Data);
