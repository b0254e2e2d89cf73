namespace TyokykyBot.Cases;

/// <summary>
/// An action agreed in a meeting: what, whose (<see cref="OwnerId"/>: the owner's AAD id or e-mail
/// address, as <see cref="PersonRef.ActorId"/>), by when, and whether it is done. <see cref="Revision"/>
/// as in <see cref="Memo"/>.
/// </summary>
public sealed record AgreedAction(Guid Id, Guid CaseId, int MeetingNumber, string OwnerId, DateOnly DueOn, AgreedActionState State, AgreedActionContent Content)
{
    public int Revision { get; init; }

    public static AgreedAction Agree(Guid caseId, int meetingNumber, string ownerId, DateOnly dueOn, AgreedActionContent content, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), caseId, meetingNumber, ownerId, dueOn, AgreedActionState.Open, content);
}
