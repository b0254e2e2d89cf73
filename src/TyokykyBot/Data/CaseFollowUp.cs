using TyokykyBot.Cases;
using TyokykyBot.Outbox;

namespace TyokykyBot.Data;

/// <summary>One registered answer to one kind of case event.</summary>
public sealed record CaseFollowUp(Action<IServiceProvider, Case, CaseEvent, OutboxWriter> Plan);
