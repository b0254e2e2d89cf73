using System.Text.Json.Serialization;

namespace TyokykyBot.Cards;

/// <summary>A button of a card, written with its schema <c>type</c> first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record AdaptiveAction
{
    public string? Title { get; init; }

    /// <summary>default, positive or destructive.</summary>
    public string? Style { get; init; }
}
