using TyokykyBot.Data;

namespace TyokykyBot.Tests.Data;

public sealed class PostgresMemoRepositoryTests(PostgresTestDatabase database) : MemoRepositoryTests, IClassFixture<PostgresTestDatabase>
{
    protected override TyokykyDbContext NewContext() => database.NewContext();
}
