namespace TyokykyBot.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
