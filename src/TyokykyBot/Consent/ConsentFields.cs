using TyokykyBot.Cases;

namespace TyokykyBot.Consent;

/// <summary>The consent card's input ids. Per-item toggles are a prefix and the item's id.</summary>
public static class ConsentFields
{
    /// <summary>Followed by a consent topic id from the seeds.</summary>
    public const string TopicPrefix = "topic:";

    /// <summary>Followed by the participant id of someone the convener proposed.</summary>
    public const string AttendeePrefix = "attendee:";

    /// <summary>Followed by the participant id of someone who may receive the memo.</summary>
    public const string MemoPrefix = "memo:";

    public const string ShopSteward = CaseField.ShopSteward;
    public const string ShopStewardText = "shopStewardText";
    public const string MemoShopSteward = "memoShopSteward";
    public const string ShareTopics = "shareTopics";
    /// <summary>Asked only when the convener proposed a remote meeting; one of the two values below.</summary>
    public const string Remote = "remote";
    public const string RemoteAccepted = "remote";
    public const string RemoteDeclined = "onSite";
    public const string Note = CaseField.Note;

    public static string Topic(string topicId) => TopicPrefix + topicId;

    public static string Attendee(Guid participantId) => AttendeePrefix + participantId;

    public static string Memo(Guid participantId) => MemoPrefix + participantId;
}
