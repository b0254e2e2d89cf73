using Microsoft.Extensions.Options;

namespace TyokykyBot.Data.Protection;

/// <summary>Refuses to start without a usable key. Messages name the setting, never its value.</summary>
internal sealed class EncryptionOptionsValidator(IConfiguration configuration) : IValidateOptions<EncryptionOptions>
{
    private const string KeyHint = "the base64 of 32 random bytes (e.g. `openssl rand -base64 32`)";

    public ValidateOptionsResult Validate(string? name, EncryptionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Key))
        {
            var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider;
            return ValidateOptionsResult.Fail(provider == DatabaseProvider.Postgres
                ? $"Encryption:Key is not set. With Database:Provider Postgres the key is never generated: set Encryption__Key from Key Vault to {KeyHint}."
                : $"Encryption:Key is not set. Set Encryption__Key to {KeyHint}.");
        }

        var errors = new List<string>();
        if (!FieldKey.TryParse(options.Key, out _))
            errors.Add($"Encryption:Key must be {KeyHint}.");
        for (var i = 0; i < options.PreviousKeys.Count; i++)
        {
            if (!FieldKey.TryParse(options.PreviousKeys[i], out _))
                errors.Add($"Encryption:PreviousKeys:{i} must be {KeyHint}.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
