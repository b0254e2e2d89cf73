namespace TyokykyBot.Cases;

/// <summary>The work arrangements agreed in the meeting; each block is optional (null: not agreed).</summary>
public sealed record MemoArrangements(
    string? ChangedDuties,
    ReducedWorkingTime? ReducedTime,
    WorkTrial? Trial,
    string? WorkAids,
    WorkCommunityInfo? Community)
{
    public static MemoArrangements None { get; } = new(null, null, null, null, null);

    /// <summary>The end dates a follow-up meeting is suggested from: of the reduced working time and of the work trial.</summary>
    public IEnumerable<DateOnly> EndDates()
    {
        if (ReducedTime?.End is { } reducedEnd)
            yield return reducedEnd;
        if (Trial?.End is { } trialEnd)
            yield return trialEnd;
    }
}

/// <summary>
/// Reduced working time, with or without partial sickness allowance (osasairauspäiväraha): the share of
/// full working time (40–60 % for the allowance), and its period (at least 12 working days for it).
/// </summary>
public sealed record ReducedWorkingTime(int SharePercent, DateOnly? Start, DateOnly? End, bool PartialSicknessAllowance);

/// <summary>A work trial (työkokeilu): its tasks, hours and how they rise, its period and a contact person at work.</summary>
public sealed record WorkTrial(string Tasks, string Hours, DateOnly? Start, DateOnly? End, string ContactPerson);

/// <summary>What the work community is told, and by whom.</summary>
public sealed record WorkCommunityInfo(string What, string ByWhom);
