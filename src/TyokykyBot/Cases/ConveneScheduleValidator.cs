namespace TyokykyBot.Cases;

/// <summary>The when and how of a convene request; the window rule is <see cref="ScheduleWindow"/>.</summary>
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
        ScheduleWindow.Validate(request.WindowStart, request.WindowEnd, now, errors);
    }
}
