using TyokykyBot.Data;

namespace TyokykyBot.Tests.Data;

public sealed class PostgresActionRepositoryTests(PostgresTestDatabase database) : ActionRepositoryTests, IClassFixture<PostgresTestDatabase>
{
    protected override TyokykyDbContext NewContext() => database.NewContext();
}
