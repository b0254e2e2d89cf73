using Microsoft.Extensions.Options;

namespace TyokykyBot.Data.Protection;

public static class FieldProtectionExtensions
{
    /// <summary>
    /// The key comes from <c>Encryption:Key</c>; with SQLite and none set, from a local key file
    /// (<see cref="LocalKeyFile"/>). The app refuses to start without a usable key.
    /// </summary>
    public static IHostApplicationBuilder AddFieldProtection(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EncryptionOptions>().BindConfiguration(EncryptionOptions.Section).ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<EncryptionOptions>, LocalKeyFile>();
        services.AddSingleton<IValidateOptions<EncryptionOptions>, EncryptionOptionsValidator>();
        services.AddSingleton<IFieldProtector, AesGcmFieldProtector>();
        services.AddSingleton<PersonPseudonyms>();
        return builder;
    }
}
