using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.Delivery;

/// <summary>
/// What a renderer sends one reader. A card with a <see cref="Purpose"/> is remembered under it and
/// its <see cref="Subject"/> (what it shows: the case, one meeting, a memo, an action), and a later
/// message of the same purpose and subject updates that card in place instead of posting another.
/// </summary>
public sealed record CaseMessage(Activity Activity, string? Purpose = null, string Subject = CaseCardSubjects.Case);
