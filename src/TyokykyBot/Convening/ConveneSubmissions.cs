using System.Security.Cryptography;
using System.Text;
using TyokykyBot.Bot;
using TyokykyBot.Cards;

namespace TyokykyBot.Convening;

/// <summary>
/// A convene card's submits all name one case: its id is derived from the tenant, the person who
/// clicked and the card's message (<c>replyToId</c>, else the activity itself), so a double click,
/// a replay of the same activity or two concurrent submits cannot make two cases. The same person's
/// next `/neuvottelu` is a new card, and so a new case. A click naming neither gets a new id.
/// </summary>
public static class ConveneSubmissions
{
    public static Guid CaseIdOf(CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var activity = action.Turn.Activity;
        var card = activity.ReplyToId is { Length: > 0 } replyTo ? "card:" + replyTo
            : activity.Id is { Length: > 0 } id ? "activity:" + id
            : null;
        if (card is null)
            return Guid.CreateVersion7();
        var key = string.Join('\n', "convene", action.TenantId, action.ActorAadObjectId?.ToLowerInvariant(), activity.Conversation?.Id, card);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        var bytes = hash[..16].ToArray();
        // RFC 9562 version 8 (custom) and variant bits, so the id reads as what it is.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
