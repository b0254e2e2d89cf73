using TyokykyBot.BotFramework.Connector;
using TyokykyBot.Cases;
using TyokykyBot.Outbox;

namespace TyokykyBot.Delivery;

/// <summary>
/// How a case message went: the case as loaded (none when it is gone), the connector's answer (none
/// when nothing was to be sent) and the outbox outcome it maps to.
/// </summary>
public sealed record CaseSend(Case? Case, ConnectorStatus? Status, OutboxHandlerResult Result);
