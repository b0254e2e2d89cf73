using System.Text.Json.Serialization;

namespace TyokykyBot.Cards;

/// <summary>
/// An element of a card's body, written with its schema <c>type</c> first. Only the elements the
/// bot's cards use are modelled; each is of schema 1.5 or older, the newest Teams renders.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record CardElement
{
    public string? Id { get; init; }

    /// <summary>None, Small, Default, Medium, Large, ExtraLarge or Padding.</summary>
    public string? Spacing { get; init; }
}
