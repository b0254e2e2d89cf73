using TyokykyBot.Cases;

namespace TyokykyBot.Convening;

/// <summary>
/// A request ready for <see cref="Case.Convene"/>, or the errors that keep the card's input from
/// becoming one (who is meant, unreadable values). Time-window and roster rules are the domain's.
/// </summary>
public sealed record ConveneResolution(ConveneRequest? Request, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Request is not null;

    public static ConveneResolution Valid(ConveneRequest request) => new(request, []);

    public static ConveneResolution Invalid(IReadOnlyList<ValidationError> errors) => new(null, errors);
}
