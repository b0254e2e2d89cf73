namespace TyokykyBot.Tests.Cards;

/// <summary>One objection of the reference parser: its phase, its ValidationEvent name, and the element it concerns.</summary>
internal sealed record ParseEvent(string Phase, string Event, string Message, string? Type, string? Id)
{
    public override string ToString() => $"{Phase}/{Event} on {Type ?? "?"} '{Id}': {Message}";
}
