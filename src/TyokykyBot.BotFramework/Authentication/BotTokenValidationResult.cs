using System.Security.Claims;

namespace TyokykyBot.BotFramework.Authentication;

/// <summary>The outcome of <see cref="IBotTokenValidator.ValidateAsync"/>.</summary>
public sealed class BotTokenValidationResult
{
    private static readonly IReadOnlySet<string> NoEndorsements = new HashSet<string>();

    private BotTokenValidationResult(
        ClaimsIdentity? identity, BotTokenKind? kind, IReadOnlySet<string> endorsements, string? failureReason)
    {
        Identity = identity;
        Kind = kind;
        Endorsements = endorsements;
        FailureReason = failureReason;
    }

    public bool IsValid => Identity is not null;

    public ClaimsIdentity? Identity { get; }

    /// <summary>Null when the token was refused.</summary>
    public BotTokenKind? Kind { get; }

    /// <summary>The channels the signing key endorses; channel tokens only.</summary>
    public IReadOnlySet<string> Endorsements { get; }

    /// <summary>A short reason for logs; never contains the token or its claims.</summary>
    public string? FailureReason { get; }

    public static BotTokenValidationResult Failed(string reason) => new(null, null, NoEndorsements, reason);

    public static BotTokenValidationResult ForChannel(ClaimsIdentity identity, IReadOnlySet<string> endorsements) =>
        new(identity, BotTokenKind.Channel, endorsements, null);

    public static BotTokenValidationResult ForEntra(ClaimsIdentity identity) =>
        new(identity, BotTokenKind.Entra, NoEndorsements, null);

    /// <summary>Step 2, once the activity is parsed. See the overload for the rules.</summary>
    public bool Authorizes(string? channelId, string? serviceUrl) => Authorizes(channelId, serviceUrl, out _);

    /// <summary>
    /// Channel tokens: the signing key must endorse <paramref name="channelId"/> and the
    /// <c>serviceurl</c> claim must equal the activity's <paramref name="serviceUrl"/>
    /// (Bot Framework connector authentication, steps 6 and 7). Entra tokens carry neither.
    /// </summary>
    public bool Authorizes(string? channelId, string? serviceUrl, out string? failureReason)
    {
        failureReason = AuthorizationFailure(channelId, serviceUrl);
        return failureReason is null;
    }

    private string? AuthorizationFailure(string? channelId, string? serviceUrl)
    {
        if (!IsValid)
        {
            return "token is not valid";
        }

        if (Kind == BotTokenKind.Entra)
        {
            return null;
        }

        if (string.IsNullOrEmpty(channelId) || !Endorsements.Contains(channelId))
        {
            return "signing key does not endorse the activity's channel";
        }

        var claim = Identity!.FindFirst(BotClaims.ServiceUrl)?.Value;
        if (string.IsNullOrEmpty(claim))
        {
            return "token has no serviceurl claim";
        }

        return ServiceUrls.AreEqual(claim, serviceUrl) ? null : "serviceurl claim does not match the activity";
    }
}
