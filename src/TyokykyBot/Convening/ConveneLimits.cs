using TyokykyBot.Cases;
using TyokykyBot.People;

namespace TyokykyBot.Convening;

/// <summary>
/// The longest value each convene input takes. The card states the text inputs' limits as
/// <c>maxLength</c>; the server checks every input again, because any client can post anything.
/// </summary>
public static class ConveneLimits
{
    /// <summary>A name or an e-mail address typed where there is no people picker.</summary>
    public const int PersonText = EmailAddresses.MaxLength;

    /// <summary>A few outside OH addresses.</summary>
    public const int OhEmails = 1000;

    /// <summary>One choice's value: an object id, an e-mail address or a fixed id.</summary>
    public const int Choice = EmailAddresses.MaxLength;

    /// <summary>A multi-select's values, joined by commas.</summary>
    public const int Choices = 2000;

    /// <summary>yyyy-MM-dd, and the time some clients append.</summary>
    public const int Date = 32;

    public static int For(string inputId) => inputId switch
    {
        ConveneFields.EmployeeText or ConveneFields.SupervisorText => PersonText,
        ConveneFields.OhEmails => OhEmails,
        ConveneFields.OccupationalHealth or ConveneFields.Others => Choices,
        ConveneFields.WindowStart or ConveneFields.WindowEnd => Date,
        ConveneFields.Place => ConveneRules.MaxPlaceLength,
        _ => Choice,
    };

    /// <summary>
    /// The values within their limits; each longer one becomes an error on its field and is
    /// dropped, so that it is neither looked up, nor stored, nor sent back on the card.
    /// </summary>
    public static ConveneFormValues Enforce(ConveneFormValues values, List<ValidationError> errors)
    {
        string? Check(string inputId, string? value)
        {
            if (value is null || value.Length <= For(inputId))
                return value;
            errors.Add(new(FieldOf(inputId), CaseErrorCode.InputTooLong));
            return null;
        }

        return new ConveneFormValues
        {
            ConvenerRole = Check(ConveneFields.ConvenerRole, values.ConvenerRole),
            Employee = Check(ConveneFields.Employee, values.Employee),
            EmployeeText = Check(ConveneFields.EmployeeText, values.EmployeeText),
            Supervisor = Check(ConveneFields.Supervisor, values.Supervisor),
            SupervisorText = Check(ConveneFields.SupervisorText, values.SupervisorText),
            OccupationalHealth = Check(ConveneFields.OccupationalHealth, values.OccupationalHealth),
            OhEmails = Check(ConveneFields.OhEmails, values.OhEmails),
            Others = Check(ConveneFields.Others, values.Others),
            Kind = Check(ConveneFields.Kind, values.Kind),
            WindowStart = Check(ConveneFields.WindowStart, values.WindowStart),
            WindowEnd = Check(ConveneFields.WindowEnd, values.WindowEnd),
            Length = Check(ConveneFields.Length, values.Length),
            Mode = Check(ConveneFields.Mode, values.Mode),
            Place = Check(ConveneFields.Place, values.Place),
        };
    }

    /// <summary>The error field of an input: the inputs without a domain field of their own show under the nearest one.</summary>
    public static string FieldOf(string inputId) => inputId switch
    {
        ConveneFields.ConvenerRole => CaseField.Convener,
        ConveneFields.EmployeeText => CaseField.Employee,
        ConveneFields.SupervisorText => CaseField.Supervisor,
        ConveneFields.OhEmails => CaseField.OccupationalHealth,
        _ => inputId,
    };
}
