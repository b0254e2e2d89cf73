using System.Globalization;
using TyokykyBot.Cases;

namespace TyokykyBot.Convening;

/// <summary>Reads the card's kind, mode, length and window; an empty choice takes the card's default.</summary>
internal static class ConveneScheduleReader
{
    public static (MeetingKind Kind, MeetingMode Mode, int Length, DateOnly? Start, DateOnly? End) Read(
        ConveneFormValues values, List<ValidationError> errors)
    {
        var kind = Parse(values.Kind, MeetingKind.First, CaseField.Kind, errors,
            (ConveneFields.KindFirst, MeetingKind.First), (ConveneFields.KindFollowUp, MeetingKind.FollowUp));
        var mode = Parse(values.Mode, MeetingMode.Remote, CaseField.Mode, errors,
            (ConveneFields.ModeRemote, MeetingMode.Remote), (ConveneFields.ModeOnSite, MeetingMode.OnSite));
        var length = ConveneRequest.DefaultLengthMinutes;
        if (!string.IsNullOrWhiteSpace(values.Length) && !int.TryParse(values.Length.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out length))
            errors.Add(new(CaseField.Length, CaseErrorCode.LengthNotAllowed));
        return (kind, mode, length, Date(values.WindowStart, CaseField.WindowStart, errors), Date(values.WindowEnd, CaseField.WindowEnd, errors));
    }

    private static T Parse<T>(string? text, T empty, string field, List<ValidationError> errors, params (string Value, T Result)[] known)
    {
        if (string.IsNullOrWhiteSpace(text))
            return empty;
        foreach (var (value, result) in known)
        {
            if (string.Equals(value, text.Trim(), StringComparison.OrdinalIgnoreCase))
                return result;
        }
        errors.Add(new(field, CaseErrorCode.InvalidValue));
        return empty;
    }

    /// <summary>Input.Date submits ISO dates (yyyy-MM-dd); some clients append a time.</summary>
    private static DateOnly? Date(string? text, string field, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var head = text.Trim();
        if (head.Length > 10)
            head = head[..10];
        if (DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors.Add(new(field, CaseErrorCode.InvalidValue));
        return null;
    }
}
