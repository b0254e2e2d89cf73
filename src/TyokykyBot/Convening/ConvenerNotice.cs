using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;

namespace TyokykyBot.Convening;

/// <summary>
/// A plain notice (the employee could not be reached, no slot, a calendar refusal) to the person who
/// can act on it, always in their private chat, never where the case was convened from. It is sent
/// only while the disclosure rule still lets that person see the case's status.
/// </summary>
public sealed class ConvenerNotice(CaseCardSender sender) : IOutboxHandler
{
    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (CaseMessageArguments.Read(message.Arguments, "text") is not { } key)
        {
            return OutboxHandlerResult.Fail("NoNotice");
        }

        return (await sender.SendAsync(message, (reader, _) => ValueTask.FromResult(Render(reader, key, message.Arguments)), cancellationToken)).Result;
    }

    private static CaseMessage? Render(CaseReader reader, string key, string? arguments)
    {
        if (!reader.Access.SeesStatus)
        {
            return null;
        }

        var (found, language) = (reader.Case, reader.Language);
        string[] args = key == "Meeting.OutsidersNeedTopics"
            ? [string.Join(", ", found.Attendees().Where(p => !p.Person.IsInsider).Select(p => p.Person.DisplayName))]
            : CaseMessageArguments.ReadArgs(arguments);
        return new CaseMessage(Activity.TextMessage($"{found.Code}: {string.Format(language.Culture, Texts.Get(key, language), args)}"));
    }
}
