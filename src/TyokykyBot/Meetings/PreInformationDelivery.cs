using System.Globalization;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;
using TyokykyBot.Seeds;

namespace TyokykyBot.Meetings;

/// <summary>
/// Sends the pre-information card when it falls due, to a participant the latest consent still
/// covers, for the booking it was planned for. Someone who already has one (the meeting moved, or
/// was re-created) has it updated in place rather than getting a second; it is remembered so that
/// every later change keeps it true.
/// </summary>
public sealed class PreInformationDelivery(CaseCardSender sender, SeedCatalog seeds) : IOutboxHandler
{
    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var planned = CaseMessageArguments.Read(message.Arguments, "revision");
        return (await sender.SendAsync(message, (reader, _) => ValueTask.FromResult(Render(reader, planned)), cancellationToken)).Result;
    }

    private CaseMessage? Render(CaseReader reader, string? planned)
    {
        var (found, access, language) = (reader.Case, reader.Access, reader.Language);
        if (!access.ReceivesPreInformation || !access.SeesMeeting || planned != found.ScheduleRevision.ToString(CultureInfo.InvariantCulture))
        {
            // Cancelled, moved, or the person is no longer covered by the consent: nothing to send.
            return null;
        }

        var title = string.Format(language.Culture, Texts.Get("PreInfo.Title", language), found.Code);
        return new CaseMessage(
            Activity.CardMessage(PreInformationCard.Create(found, access, seeds, language), title), MeetingMessageKinds.PreInformationPurpose, CaseCardSubjects.Meeting(found.MeetingNumber));
    }
}
