using Microsoft.Extensions.Options;

namespace TyokykyBot.BotFramework.Connector;

internal sealed class TeamsRateLimitOptionsValidation : IValidateOptions<TeamsRateLimitOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsRateLimitOptions options)
    {
        List<string> problems = [];
        if (options.ConversationWindows is { } windows
            && (windows.Length == 0 || windows.Any(w => w is null || w.Limit < 1 || w.Window <= TimeSpan.Zero)))
        {
            problems.Add("Bot:RateLimits:ConversationWindows needs at least one window, each with a positive Limit and Window.");
        }

        if (options.TenantLimit < 1 || options.TenantWindow <= TimeSpan.Zero)
        {
            problems.Add("Bot:RateLimits:TenantLimit and Bot:RateLimits:TenantWindow must be positive.");
        }

        if (options.SafetyMargin < TimeSpan.Zero || options.SafetyMargin > TimeSpan.FromSeconds(1))
        {
            problems.Add("Bot:RateLimits:SafetyMargin must be between 0 and one second.");
        }

        if (options.MaxInlineWait < TimeSpan.Zero)
        {
            problems.Add("Bot:RateLimits:MaxInlineWait must not be negative.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
