using TyokykyBot.Data;

namespace TyokykyBot.Tests.Data;

public sealed class PostgresCaseRepositoryTests(PostgresTestDatabase database) : CaseRepositoryTests, IClassFixture<PostgresTestDatabase>
{
    protected override TyokykyDbContext NewContext() => database.NewContext();
}
