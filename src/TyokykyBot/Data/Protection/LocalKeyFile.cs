using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TyokykyBot.Data.Protection;

/// <summary>
/// For the embedded setup only: with SQLite and no configured key, a key is generated once and
/// kept beside the database, readable by its owner only. PostgreSQL never gets one: a shared
/// database needs a key that every instance shares, from Key Vault.
/// </summary>
internal sealed class LocalKeyFile(IConfiguration configuration, IHostEnvironment environment, ILogger<LocalKeyFile> logger)
    : IPostConfigureOptions<EncryptionOptions>
{
    public const string FileName = "encryption.key";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public void PostConfigure(string? name, EncryptionOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Key))
            return;
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        if (database.Provider != DatabaseProvider.Sqlite)
            return;

        var folder = Path.IsPathRooted(database.DataFolder)
            ? database.DataFolder
            : Path.Combine(environment.ContentRootPath, database.DataFolder);
        var path = Path.Combine(folder, FileName);
        options.Key = File.Exists(path) ? Read(path) : Create(folder, path);
        logger.LogWarning(
            "No Encryption:Key is configured; using the local key file {KeyFile}. Production must set Encryption__Key from Key Vault.",
            path);
    }

    private string Read(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
            logger.LogWarning("The key file {KeyFile} is readable by others than its owner; run chmod 600 on it.", path);
        return File.ReadAllText(path).Trim();
    }

    /// <summary>Written to a temporary file and moved into place, so two instances starting at once agree on one key.</summary>
    private string Create(string folder, string path)
    {
        Directory.CreateDirectory(folder);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            file.UnixCreateMode = OwnerOnly;
        using (var writer = new StreamWriter(temporary, Encoding.ASCII, file))
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(FieldKey.Size)));
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
        return Read(path);
    }
}
