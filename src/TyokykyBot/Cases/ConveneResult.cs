namespace TyokykyBot.Cases;

public sealed record ConveneResult(Case? Case, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Case is not null;
}
