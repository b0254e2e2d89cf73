namespace TyokykyBot.Cards;

public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>Small, Default, Medium, Large or ExtraLarge.</summary>
    public string? Size { get; init; }

    /// <summary>Lighter, Default or Bolder.</summary>
    public string? Weight { get; init; }

    /// <summary>Default, Dark, Light, Accent, Good, Warning or Attention.</summary>
    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool Wrap { get; init; } = true;

    /// <summary>"heading" marks the text as a heading for screen readers (schema 1.5).</summary>
    public string? Style { get; init; }
}
