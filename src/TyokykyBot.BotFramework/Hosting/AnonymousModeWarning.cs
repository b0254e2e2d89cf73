using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TyokykyBot.BotFramework.Hosting;

/// <summary>Says loudly at start that requests are not authenticated.</summary>
internal sealed partial class AnonymousModeWarning(IOptions<BotOptions> options, ILogger<AnonymousModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            LogAnonymous(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "!!! ANONYMOUS MODE: MicrosoftAppId is empty, so /api/messages accepts UNAUTHENTICATED requests from loopback only. " +
        "This is for local runs with the Agents Playground. Never deploy like this: set MicrosoftAppId, MicrosoftAppType and credentials. !!!")]
    private static partial void LogAnonymous(ILogger logger);
}
