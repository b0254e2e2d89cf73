using Azure.Core;

namespace TyokykyBot.Tests.Graph;

/// <summary>Hands out "token-N" valid for an hour on the test clock, and counts how often it was asked.</summary>
public sealed class CountingTokenCredential(TimeProvider clock) : TokenCredential
{
    public List<TokenRequestContext> Requests { get; } = [];

    public Exception? Failure { get; set; }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        Requests.Add(requestContext);
        return new AccessToken($"token-{Requests.Count}", clock.GetUtcNow().AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
