using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TyokykyBot.Telemetry;

/// <summary>The app's instruments on the meter <see cref="TyokykyTelemetry.Name"/>. Every tag value comes from <see cref="TelemetryTags"/>.</summary>
public sealed class TyokykyMetrics
{
    private readonly Counter<long> activities;
    private readonly Histogram<double> invokeDuration;
    private readonly Counter<long> deliveries;
    private readonly Counter<long> graphCalls;
    private readonly Histogram<double> graphDuration;

    public TyokykyMetrics(IMeterFactory meterFactory, OutboxDepth outboxDepth)
    {
        var meter = meterFactory.Create(TyokykyTelemetry.Name);
        activities = meter.CreateCounter<long>("tyokyky.activities", "{activity}", "Activities handled by the bot.");
        invokeDuration = meter.CreateHistogram<double>("tyokyky.invoke.duration", "ms", "Time the bot took to answer an invoke.");
        meter.CreateObservableGauge("tyokyky.outbox.depth", outboxDepth.Observe, "{message}", "Outbox messages not yet sent or failed.");
        deliveries = meter.CreateCounter<long>("tyokyky.outbox.deliveries", "{attempt}", "Outbox attempts recorded, by outcome.");
        graphCalls = meter.CreateCounter<long>("tyokyky.graph.calls", "{call}", "Calls to Microsoft Graph, retries included.");
        graphDuration = meter.CreateHistogram<double>("tyokyky.graph.duration", "ms", "Duration of a Graph call, retries included.");
    }

    public void ActivityHandled(string activityType, string channel, string conversationType) =>
        activities.Add(1, new TagList
        {
            { TelemetryTags.ActivityType, activityType },
            { TelemetryTags.ChannelId, channel },
            { TelemetryTags.ConversationType, conversationType },
        });

    public void InvokeAnswered(string verb, int status, TimeSpan elapsed) =>
        invokeDuration.Record(elapsed.TotalMilliseconds, new TagList { { TelemetryTags.CardVerb, verb }, { TelemetryTags.HttpStatus, status } });

    public void DeliveryRecorded(string kind, string outcome) =>
        deliveries.Add(1, new TagList { { TelemetryTags.OutboxKind, kind }, { TelemetryTags.OutboxOutcome, outcome } });

    public void GraphCalled(string operation, int? status, string? errorType, TimeSpan elapsed)
    {
        var tags = new TagList { { TelemetryTags.GraphOperation, operation } };
        if (status is { } code)
        {
            tags.Add(TelemetryTags.HttpStatus, code);
        }
        else
        {
            tags.Add(TelemetryTags.ErrorType, errorType ?? TelemetryTags.Other);
        }

        graphCalls.Add(1, tags);
        graphDuration.Record(elapsed.TotalMilliseconds, tags);
    }
}
