using System.Text.Json;
using TyokykyBot.Cards;
using TyokykyBot.Cases;

namespace TyokykyBot.Consent;

public static class ConsentForm
{
    /// <summary>
    /// Reads the consent card's answers. Attendee and memo toggles are read for the case's own
    /// participants only; the remote-meeting answer counts only when the case is remote, and
    /// is false when it is on site.
    /// </summary>
    public static ConsentFormValues Read(JsonElement data, Case c) => new()
    {
        Topics = [.. CardData.KeysWithPrefix(data, ConsentFields.TopicPrefix).Where(t => CardData.Toggle(data, ConsentFields.Topic(t)))],
        AllowedAttendeeIds = [.. c.Participants.Where(p => p.Role.MayBeProposed())
            .Where(p => CardData.Toggle(data, ConsentFields.Attendee(p.Id))).Select(p => p.Id)],
        ShopSteward = Blank(CardData.String(data, ConsentFields.ShopSteward)),
        ShopStewardText = Blank(CardData.String(data, ConsentFields.ShopStewardText)),
        MemoRecipientIds = [.. c.Participants.Where(p => p.IsCore || p.Role.MayBeProposed())
            .Where(p => CardData.Toggle(data, ConsentFields.Memo(p.Id))).Select(p => p.Id)],
        MemoToShopSteward = CardData.Toggle(data, ConsentFields.MemoShopSteward),
        MayShareTopics = CardData.Toggle(data, ConsentFields.ShareTopics),
        RemoteMeeting = c.Mode == MeetingMode.Remote ? Remote(CardData.String(data, ConsentFields.Remote)) : false,
        Note = Blank(CardData.String(data, ConsentFields.Note)),
    };

    /// <summary>Only the two choices count; anything else (an old card's toggle, say) is no answer.</summary>
    private static bool? Remote(string? value) => value?.Trim() switch
    {
        ConsentFields.RemoteAccepted => true,
        ConsentFields.RemoteDeclined => false,
        _ => null,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
