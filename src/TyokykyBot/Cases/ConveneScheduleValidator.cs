namespace TyokykyBot.Cases;

/// <summary>
/// The when and how of a convene request. "Today" is the calendar date of <c>now</c> in its own
/// offset, so the caller passes Helsinki time.
/// </summary>
internal sealed class ConveneScheduleValidator(ConveneRequest request, DateTimeOffset now, List<ValidationError> errors)
{
    public void Validate()
    {
        if (!Enum.IsDefined(request.Kind))
            errors.Add(new(CaseField.Kind, CaseErrorCode.InvalidValue));
        if (!Enum.IsDefined(request.Mode))
            errors.Add(new(CaseField.Mode, CaseErrorCode.InvalidValue));
        if (!ConveneRules.AllowedLengths.Contains(request.LengthMinutes))
            errors.Add(new(CaseField.Length, CaseErrorCode.LengthNotAllowed));
        ValidateWindow();
    }

    private void ValidateWindow()
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        var (start, end) = (request.WindowStart, request.WindowEnd);
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
