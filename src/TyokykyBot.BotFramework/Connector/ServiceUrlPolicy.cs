using Microsoft.Extensions.Options;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// Decides whether a service URL may receive the bot's bearer token. A service URL arrives inside
/// an activity, so an allow-list keeps a forged one from harvesting tokens (PROTOCOL-FACTS §2).
/// Entries: exact host, "*.suffix" for sub-domains only, or an absolute URL prefix.
/// </summary>
public sealed class ServiceUrlPolicy
{
    private readonly List<string> _hosts = [];
    private readonly List<string> _suffixes = [];
    private readonly List<Uri> _prefixes = [];

    public ServiceUrlPolicy(IOptions<BotOptions> options)
    {
        foreach (var raw in options.Value.TrustedServiceUrls)
        {
            var entry = raw.Trim();
            if (entry.Contains("://", StringComparison.Ordinal))
            {
                if (Uri.TryCreate(entry, UriKind.Absolute, out var prefix))
                {
                    _prefixes.Add(prefix);
                }
            }
            else if (entry.StartsWith("*.", StringComparison.Ordinal) && entry.Length > 2)
            {
                _suffixes.Add(entry[1..]);
            }
            else if (entry.Length > 0)
            {
                _hosts.Add(StripBrackets(entry));
            }
        }
    }

    public bool IsTrusted(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsTrusted(uri);

    public bool IsTrusted(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || uri.UserInfo.Length > 0)
        {
            return false;
        }

        var host = StripBrackets(uri.IdnHost);
        var loopback = IsLoopbackName(host);
        var schemeOk = uri.Scheme == Uri.UriSchemeHttps || (loopback && uri.Scheme == Uri.UriSchemeHttp);
        if (!schemeOk)
        {
            return false;
        }

        // Loopback hosts pass only through an entry that names them, never through a wildcard.
        if (_hosts.Exists(h => string.Equals(h, host, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (!loopback && _suffixes.Exists(s => host.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return _prefixes.Exists(p => MatchesPrefix(p, uri));
    }

    private static bool MatchesPrefix(Uri prefix, Uri uri)
    {
        if (prefix.Scheme != uri.Scheme
            || prefix.Port != uri.Port
            || !string.Equals(prefix.IdnHost, uri.IdnHost, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var prefixPath = prefix.AbsolutePath;
        var path = uri.AbsolutePath;
        if (!path.StartsWith(prefixPath, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "/amer" must not admit "/americas-evil": the prefix ends at a path segment boundary.
        return prefixPath.EndsWith('/') || path.Length == prefixPath.Length || path[prefixPath.Length] == '/';
    }

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host is "127.0.0.1" or "::1";

    private static string StripBrackets(string host) =>
        host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
}
