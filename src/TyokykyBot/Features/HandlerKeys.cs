namespace TyokykyBot.Features;

/// <summary>
/// The keys one kind of handler is found by (card verbs, outbox kinds, commands) and the handler type
/// that owns each. Filled while the features add their services, so a key two handlers claim stops
/// start-up there, before anything is served; read afterwards by the routers and by telemetry, whose
/// vocabulary is exactly what is registered.
/// </summary>
public abstract class HandlerKeys
{
    private readonly Dictionary<string, Type> owners = new(StringComparer.Ordinal);

    /// <summary>What a key is, for the start-up error ("Card verb", "Outbox kind"…).</summary>
    protected abstract string What { get; }

    public IReadOnlyCollection<string> Keys => owners.Keys;

    public bool Contains(string? key) => key is not null && owners.ContainsKey(key);

    public Type? Owner(string key) => owners.GetValueOrDefault(key);

    public void Add(string key, Type owner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (!owners.TryAdd(key, owner))
        {
            throw new InvalidOperationException($"{What} '{key}' is registered by both {owners[key].Name} and {owner.Name}.");
        }
    }

    /// <summary>The one instance of <typeparamref name="T"/> in <paramref name="services"/>, added on first use.</summary>
    public static T In<T>(IServiceCollection services)
        where T : HandlerKeys, new()
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService)?.ImplementationInstance is T existing)
        {
            return existing;
        }

        var created = new T();
        services.AddSingleton(created);
        return created;
    }
}
