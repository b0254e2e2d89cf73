using TyokykyBot.Data;

namespace TyokykyBot.Outbox;

/// <summary>
/// Claimed messages, queued and running. At most <c>concurrency</c> run at once; one target's
/// messages run strictly one after another in the order they were added (its lane), different
/// targets side by side. Lanes take turns after each message, so a target with many messages
/// (which the rate limiter slows down) does not keep a slot from the others.
/// </summary>
internal sealed class OutboxLanes : IDisposable
{
    private readonly Lock gate = new();
    private readonly Func<OutboxMessage, CancellationToken, Task> run;
    private readonly int concurrency;
    private readonly CancellationToken stopping;
    private readonly CancellationTokenRegistration onStop;
    private readonly Dictionary<string, Queue<OutboxMessage>> lanes = new(StringComparer.Ordinal);
    private readonly Queue<string> ready = new();
    private readonly Dictionary<Guid, OutboxMessage> queued = [];
    private readonly Dictionary<Guid, string> running = [];
    private TaskCompletionSource changed = NewSignal();

    public OutboxLanes(Func<OutboxMessage, CancellationToken, Task> run, int concurrency, CancellationToken stopping)
    {
        this.run = run;
        this.concurrency = concurrency;
        this.stopping = stopping;
        onStop = stopping.Register(Pulse);
    }

    /// <summary>How many messages wait, how many run, and for how many targets.</summary>
    public readonly record struct Counts(int Queued, int Running, int Lanes)
    {
        public int Held => Queued + Running;
    }

    /// <summary>
    /// Appends each message to its target's lane and starts what may start. A message already
    /// queued here (claimed again after its lease ran out while it waited) keeps its place and
    /// takes the new lease; one already running is left to its run, whose lease fence decides.
    /// </summary>
    public void Add(IEnumerable<OutboxMessage> claimed)
    {
        lock (gate)
        {
            foreach (var message in claimed)
            {
                if (queued.TryGetValue(message.Id, out var waiting))
                {
                    waiting.LeaseUntil = message.LeaseUntil;
                    continue;
                }

                if (running.ContainsKey(message.Id))
                {
                    continue;
                }

                queued.Add(message.Id, message);
                if (!lanes.TryGetValue(message.Target, out var lane))
                {
                    lane = new Queue<OutboxMessage>();
                    lanes.Add(message.Target, lane);
                    ready.Enqueue(message.Target);
                }

                lane.Enqueue(message);
            }
        }

        StartWhatMay();
    }

    /// <summary>Returns once <paramref name="until"/> holds for the counts; they are checked again whenever a message ends.</summary>
    public async Task<Counts> WaitAsync(Func<Counts, bool> until, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task next;
            Counts counts;
            lock (gate)
            {
                counts = new Counts(queued.Count, running.Count, lanes.Count);
                next = changed.Task;
            }

            if (until(counts))
            {
                return counts;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Once stopping: no message runs and none will start.</summary>
    public Task WhenSettledAsync() =>
        WaitAsync(c => c.Running == 0 && (c.Queued == 0 || stopping.IsCancellationRequested), CancellationToken.None);

    /// <summary>Takes every message that has not started out of its lane, for the caller to release.</summary>
    public IReadOnlyList<OutboxMessage> TakeQueued()
    {
        lock (gate)
        {
            var taken = lanes.Values.SelectMany(lane => lane).ToList();
            var runningTargets = running.Values.ToHashSet(StringComparer.Ordinal);
            foreach (var (target, lane) in lanes)
            {
                lane.Clear();
                if (!runningTargets.Contains(target))
                {
                    lanes.Remove(target);
                }
            }

            ready.Clear();
            queued.Clear();
            PulseLocked();
            return taken;
        }
    }

    public void Dispose() => onStop.Dispose();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void StartWhatMay()
    {
        List<(string Target, OutboxMessage Message)> starting = [];
        lock (gate)
        {
            while (running.Count < concurrency && ready.Count > 0 && !stopping.IsCancellationRequested)
            {
                var target = ready.Dequeue();
                var message = lanes[target].Dequeue();
                queued.Remove(message.Id);
                running.Add(message.Id, target);
                starting.Add((target, message));
            }
        }

        foreach (var (target, message) in starting)
        {
            _ = Task.Run(() => RunAsync(target, message), CancellationToken.None);
        }
    }

    private async Task RunAsync(string target, OutboxMessage message)
    {
        try
        {
            await run(message, stopping);
        }
        finally
        {
            lock (gate)
            {
                running.Remove(message.Id);
                if (lanes.TryGetValue(target, out var lane))
                {
                    if (lane.Count > 0)
                    {
                        ready.Enqueue(target);
                    }
                    else
                    {
                        lanes.Remove(target);
                    }
                }

                PulseLocked();
            }

            StartWhatMay();
        }
    }

    private void Pulse()
    {
        lock (gate)
        {
            PulseLocked();
        }
    }

    private void PulseLocked()
    {
        var previous = changed;
        changed = NewSignal();
        previous.TrySetResult();
    }
}
