namespace TyokykyBot.Cases;

/// <summary>Someone clicked a card where it does not belong (a channel, a group chat): their status card is offered privately.</summary>
public sealed record StatusCardRequested(string AadObjectId, string ServiceUrl) : CaseEvent;
