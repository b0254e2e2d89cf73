namespace TyokykyBot.Seeds;

public static class SeedServiceExtensions
{
    /// <summary>
    /// Starts loading and validating the seed files at once, on another thread, and registers the
    /// <see cref="SeedCatalog"/> singleton, which waits for them. A large directory takes a good
    /// part of a second to read, so it loads while the host is built and the database is checked;
    /// <see cref="WaitForSeedsAsync"/> before the server starts still stops the app on a bad file
    /// before it accepts a request.
    /// </summary>
    public static IHostApplicationBuilder AddSeeds(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection(SeedOptions.Section).Get<SeedOptions>()?.Folder;
        var folder = SeedFolder.Resolve(configured, builder.Environment.ContentRootPath);
        var loading = new SeedLoading(Task.Run(() => SeedLoader.Load(folder)));

        builder.Services.AddSingleton(loading);
        builder.Services.AddSingleton(services => services.GetRequiredService<SeedLoading>().Catalog);
        // Known now; the options only tell the rest of the app where the seeds come from.
        builder.Services.AddOptions<SeedOptions>().Configure(options => options.Folder = folder);
        return builder;
    }

    /// <summary>Returns when the seeds are loaded.</summary>
    /// <exception cref="SeedLoadException">A seed file is missing or invalid.</exception>
    public static Task WaitForSeedsAsync(this IServiceProvider services) =>
        services.GetRequiredService<SeedLoading>().Task;

    /// <summary>The seed files being loaded, from <see cref="AddSeeds"/> on.</summary>
    internal sealed class SeedLoading(Task<SeedCatalog> task)
    {
        public Task<SeedCatalog> Task { get; } = task;

        /// <summary>The catalog, waiting for it if it is still loading; a load failure is thrown as it was.</summary>
        public SeedCatalog Catalog => Task.GetAwaiter().GetResult();
    }
}
