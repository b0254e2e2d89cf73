using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Convening;

/// <summary>A notice goes to whoever holds the meeting's controls: the one who can act on it.</summary>
public sealed class NoticeFollower : ICaseFollower<NoticeNeeded>
{
    public void Follow(Case c, NoticeNeeded happened, OutboxWriter outbox)
    {
        if (Disclosure.NoticeRecipient(c)?.AadObjectId is { } recipient)
        {
            outbox.Enqueue(ConveneMessageKinds.Notify, recipient, c.Id, CaseMessageArguments.ForNotice(happened.TextKey, [.. happened.Args]));
        }
    }
}
