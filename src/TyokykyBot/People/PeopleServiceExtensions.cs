using Microsoft.Extensions.Options;

namespace TyokykyBot.People;

public static class PeopleServiceExtensions
{
    /// <summary>
    /// Registers <see cref="IPeopleDirectory"/> by <c>Directory:Provider</c>. The seed directory
    /// needs the <c>SeedCatalog</c> that <c>AddSeeds</c> registers.
    /// </summary>
    public static IServiceCollection AddPeopleDirectory(this IServiceCollection services)
    {
        services.AddOptions<DirectoryOptions>()
            .BindConfiguration(DirectoryOptions.Section)
            .Validate(o => Enum.IsDefined(o.Provider), "Directory:Provider must be Seed.")
            .ValidateOnStart();
        services.AddScoped<CaseDisclosure>();
        services.AddScoped<PeopleSearch>();
        services.AddSingleton<SeedPeopleDirectory>();
        services.AddSingleton<IPeopleDirectory>(sp =>
            sp.GetRequiredService<IOptions<DirectoryOptions>>().Value.Provider switch
            {
                DirectoryProvider.Seed => sp.GetRequiredService<SeedPeopleDirectory>(),
                var other => throw new InvalidOperationException($"Directory:Provider {other} is not supported."),
            });
        return services;
    }
}
