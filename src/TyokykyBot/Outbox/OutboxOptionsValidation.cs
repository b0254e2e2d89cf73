using Microsoft.Extensions.Options;

namespace TyokykyBot.Outbox;

internal sealed class OutboxOptionsValidation : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        List<string> problems = [];
        if (options.PollInterval <= TimeSpan.Zero)
        {
            problems.Add("Outbox:PollInterval must be positive.");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            problems.Add("Outbox:BatchSize must be between 1 and 1000.");
        }

        if (options.Concurrency is < 1 or > 64)
        {
            problems.Add("Outbox:Concurrency must be between 1 and 64.");
        }

        if (options.LeaseDuration < TimeSpan.FromSeconds(1))
        {
            problems.Add("Outbox:LeaseDuration must be at least one second.");
        }

        if (options.MaxAttempts < 1)
        {
            problems.Add("Outbox:MaxAttempts must be at least 1.");
        }

        if (options.BackoffBase < TimeSpan.Zero || options.BackoffMax < options.BackoffBase)
        {
            problems.Add("Outbox:BackoffBase must not be negative and Outbox:BackoffMax not below it.");
        }

        if (options.JitterRatio is < 0 or >= 1)
        {
            problems.Add("Outbox:JitterRatio must be at least 0 and below 1.");
        }

        if (options.RetainFinished <= TimeSpan.Zero)
        {
            problems.Add("Outbox:RetainFinished must be positive.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
