using Microsoft.Extensions.Options;

namespace TyokykyBot.BotFramework.Hosting;

/// <summary>
/// In anonymous mode the only client is a local one (the Agents Playground), whose connector is on
/// loopback; no token is ever attached then, so trusting loopback service URLs costs nothing.
/// </summary>
internal sealed class AnonymousLoopbackServiceUrls : IPostConfigureOptions<BotOptions>
{
    public void PostConfigure(string? name, BotOptions options)
    {
        if (!options.IsAnonymous)
        {
            return;
        }

        foreach (var host in new[] { "localhost", "127.0.0.1" })
        {
            if (!options.TrustedServiceUrls.Contains(host, StringComparer.OrdinalIgnoreCase))
            {
                options.TrustedServiceUrls.Add(host);
            }
        }
    }
}
