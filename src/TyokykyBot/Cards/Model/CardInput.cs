namespace TyokykyBot.Cards;

/// <summary>
/// An input; the label sits on the input so screen readers tie them together. With
/// <see cref="IsRequired"/> the client refuses to submit while it is empty and shows
/// <see cref="ErrorMessage"/>; the server checks again all the same.
/// </summary>
public abstract record CardInput : CardElement
{
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
