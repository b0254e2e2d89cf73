namespace TyokykyBot.Data.Protection;

/// <summary>Encrypts one value for storage. Exceptions name at most a key id, never the content.</summary>
public interface IFieldProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedText);
}
