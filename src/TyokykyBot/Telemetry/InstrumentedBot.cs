using System.Diagnostics;
using System.Text.Json;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.Telemetry;

/// <summary>
/// Wraps the bot's turn in a span and counts it. Only vocabulary values are tagged (activity type,
/// channel, conversation type, card verb, status): never an id, a name or the activity's text.
/// </summary>
public sealed class InstrumentedBot(IBot inner, TyokykyMetrics metrics, TelemetryVocabulary vocabulary, TimeProvider timeProvider) : IBot
{
    public const string SpanName = "bot turn";

    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var type = TelemetryTags.OfActivityType(activity.Type);
        var channel = TelemetryTags.OfChannel(activity.ChannelId);
        var conversationType = TelemetryTags.OfConversationType(activity.Conversation?.ConversationType);
        var verb = type == ActivityTypes.Invoke ? vocabulary.OfVerb(VerbOf(activity)) : null;

        // A root of its own: a traceparent the channel sent is no trace of ours, and the sampler
        // would follow its "not sampled" flag. Reset only within this async call.
        System.Diagnostics.Activity.Current = null;
        using var span = TyokykyTelemetry.Source.StartActivity(SpanName, ActivityKind.Server);
        span?.SetTag(TelemetryTags.ActivityType, type);
        span?.SetTag(TelemetryTags.ChannelId, channel);
        span?.SetTag(TelemetryTags.ConversationType, conversationType);
        span?.SetTag(TelemetryTags.CardVerb, verb);
        metrics.ActivityHandled(type, channel, conversationType);

        var started = timeProvider.GetTimestamp();
        try
        {
            var response = await inner.OnTurnAsync(turn, cancellationToken);
            var status = type == ActivityTypes.Invoke ? (response ?? InvokeResponse.NotImplemented).Status : 200;
            span?.SetTag(TelemetryTags.HttpStatus, status);
            if (verb is not null)
            {
                metrics.InvokeAnswered(verb, status, timeProvider.GetElapsedTime(started));
            }

            return response;
        }
        catch (Exception ex)
        {
            // The type only: an exception's message may quote what a person typed.
            span?.SetStatus(ActivityStatusCode.Error);
            span?.SetTag(TelemetryTags.ErrorType, ex.GetType().Name);
            if (verb is not null)
            {
                metrics.InvokeAnswered(verb, 500, timeProvider.GetElapsedTime(started));
            }

            throw;
        }
    }

    private static string? VerbOf(BotFramework.Schema.Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;
}
