using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using TyokykyBot.Graph;

namespace TyokykyBot.People;

public static class PeopleServiceExtensions
{
    /// <summary>
    /// Registers <see cref="IPeopleDirectory"/> by <c>Directory:Provider</c>. The seed directory
    /// needs the <c>SeedCatalog</c> that <c>AddSeeds</c> registers; the Graph directory needs
    /// <c>Graph:Enabled=true</c> and the <c>GraphServiceClient</c> that <c>AddGraphServices</c> then registers.
    /// </summary>
    public static IServiceCollection AddPeopleDirectory(this IServiceCollection services)
    {
        services.AddOptions<DirectoryOptions>()
            .BindConfiguration(DirectoryOptions.Section)
            .Validate(o => Enum.IsDefined(o.Provider), "Directory:Provider must be Seed or Graph.")
            .Validate<IConfiguration>(
                (o, config) => o.Provider != DirectoryProvider.Graph || config.GetSection(GraphOptions.Section).GetValue<bool>(nameof(GraphOptions.Enabled)),
                "Directory:Provider=Graph needs Graph:Enabled=true (the bot's own identity calling Microsoft Graph).")
            .Validate(DirectoryOptions.GroupsAreValid,
                "Directory:Groups:<role id> must name a known role (" + string.Join(", ", DirectoryOptions.GroupRoles) + ") and a group object id (a GUID).")
            .Validate(o => o.CacheDuration >= TimeSpan.Zero, "Directory:CacheDuration must not be negative.")
            .ValidateOnStart();
        services.AddScoped<CaseDisclosure>();
        services.AddScoped<PeopleSearch>();
        services.AddSingleton<SeedPeopleDirectory>();
        // Scoped: the Graph directory holds a GraphServiceClient, which is transient over the factory's HttpClient.
        services.AddScoped<IPeopleDirectory>(sp =>
            sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.Provider switch
            {
                DirectoryProvider.Seed => sp.GetRequiredService<SeedPeopleDirectory>(),
                DirectoryProvider.Graph => CreateGraphDirectory(sp),
                var other => throw new InvalidOperationException($"Directory:Provider {other} is not supported."),
            });
        return services;
    }

    /// <summary>
    /// Apart and never inlined, so that a run with the seed directory never loads the Graph SDK, and a
    /// host without Graph (no GraphServiceClient registered) still validates its services.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IPeopleDirectory CreateGraphDirectory(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<GraphPeopleDirectory>(services);
}
