namespace TyokykyBot.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (embedded default) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the SQLite file goes when no connection string is configured.</summary>
    public string DataFolder { get; set; } = "data";
}
