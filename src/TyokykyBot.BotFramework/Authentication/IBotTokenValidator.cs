namespace TyokykyBot.BotFramework.Authentication;

/// <summary>Checks the <c>Authorization</c> header of an inbound <c>POST /api/messages</c>.</summary>
public interface IBotTokenValidator
{
    /// <summary>
    /// Step 1, before the body is read: signature, issuer, audience, lifetime and algorithm.
    /// Bad input never throws; it yields a failed result. Step 2 is
    /// <see cref="BotTokenValidationResult.Authorizes(string?, string?)"/> once the activity is parsed.
    /// </summary>
    Task<BotTokenValidationResult> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken);
}
