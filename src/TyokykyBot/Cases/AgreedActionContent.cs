namespace TyokykyBot.Cases;

/// <summary>
/// What the action says, encrypted as one value: its text, the title a channel tracker may show
/// (meant to be neutral, but typed by a person, so it is protected like the rest) and its notes.
/// </summary>
public sealed record AgreedActionContent(string Text, string NeutralTitle, ValueList<ActionNote> Notes);
