namespace TyokykyBot.Cases;

/// <summary>
/// The time window a meeting is sought in, checked the same way when convening and when
/// rescheduling. "Today" is the calendar date of <c>now</c> in its own offset, so the caller
/// passes Helsinki time.
/// </summary>
public static class ScheduleWindow
{
    public static IReadOnlyList<ValidationError> Validate(DateOnly? start, DateOnly? end, DateTimeOffset now)
    {
        var errors = new List<ValidationError>();
        Validate(start, end, now, errors);
        return errors;
    }

    internal static void Validate(DateOnly? start, DateOnly? end, DateTimeOffset now, List<ValidationError> errors)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        if (start is null)
            errors.Add(new(CaseField.WindowStart, CaseErrorCode.Required));
        else if (start < today)
            errors.Add(new(CaseField.WindowStart, CaseErrorCode.InPast));
        if (end is null)
            errors.Add(new(CaseField.WindowEnd, CaseErrorCode.Required));
        else if (start is not null && end < start)
            errors.Add(new(CaseField.WindowEnd, CaseErrorCode.BeforeStart));
        else if (start is not null && end.Value.DayNumber - start.Value.DayNumber > ConveneRules.MaxWindowDays)
            errors.Add(new(CaseField.WindowEnd, CaseErrorCode.TooLong));
        else if (end < today)
            errors.Add(new(CaseField.WindowEnd, CaseErrorCode.InPast));
    }
}
