using TyokykyBot.Meetings.Scheduling;

namespace TyokykyBot.Meetings;

public static class BusyKinds
{
    /// <summary>Graph's scheduleItem status words.</summary>
    public static BusyKind From(string? status) => status?.ToLowerInvariant() switch
    {
        "free" => BusyKind.Free,
        "tentative" => BusyKind.Tentative,
        "oof" => BusyKind.OutOfOffice,
        "workingelsewhere" => BusyKind.WorkingElsewhere,
        _ => BusyKind.Busy,
    };
}
