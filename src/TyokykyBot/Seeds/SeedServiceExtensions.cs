namespace TyokykyBot.Seeds;

public static class SeedServiceExtensions
{
    /// <summary>
    /// Loads and validates the seed files now, during registration, and registers the
    /// <see cref="SeedCatalog"/> singleton. Loading here rather than in a hosted service means a bad
    /// file stops the app before <c>Build()</c>, long before the server accepts a request, and
    /// later registrations (the seed directory) can rely on the catalog.
    /// </summary>
    /// <exception cref="SeedLoadException">A seed file is missing or invalid.</exception>
    public static IHostApplicationBuilder AddSeeds(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection(SeedOptions.Section).Get<SeedOptions>()?.Folder;
        var folder = SeedFolder.Resolve(configured, builder.Environment.ContentRootPath);
        var catalog = SeedLoader.Load(folder);

        builder.Services.AddSingleton(catalog);
        // Already validated by loading; the options only tell the rest of the app where the seeds came from.
        builder.Services.AddOptions<SeedOptions>().Configure(options => options.Folder = folder);
        return builder;
    }
}
