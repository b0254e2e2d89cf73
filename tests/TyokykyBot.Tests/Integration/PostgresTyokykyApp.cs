using TyokykyBot.Data;

namespace TyokykyBot.Tests.Integration;

public sealed class PostgresTyokykyApp() : TyokykyApp(DatabaseProvider.Postgres);
