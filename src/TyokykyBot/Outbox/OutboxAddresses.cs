using TyokykyBot.Data;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Outbox;

/// <summary>
/// How a message's target is stored. A message about a case goes either to the case itself (its
/// id as the target) or to a person: then the row keeps the person's pseudonym as its target (lanes
/// and "brings up to date" only compare it) and their id encrypted, so that the database never
/// links a person to a case in plain text.
/// </summary>
public sealed class OutboxAddresses(PersonPseudonyms pseudonyms, IFieldProtector protector)
{
    /// <summary>A target of a message without a case links no person to a case and is kept as given.</summary>
    internal (string Target, string? ProtectedRecipient) Store(string target, Guid? caseId) =>
        caseId is { } id && !string.Equals(target, id.ToString(), StringComparison.OrdinalIgnoreCase)
            ? (pseudonyms.Of(target), protector.Protect(target))
            : (target, null);

    /// <summary>Who the message goes to, in the clear: the person's id, or the target as it was enqueued.</summary>
    public string RecipientOf(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.ProtectedRecipient is { } recipient ? protector.Unprotect(recipient) : message.Target;
    }
}
