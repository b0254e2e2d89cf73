using TyokykyBot.Data;

namespace TyokykyBot.Tests.Data;

public sealed class SqliteMemoRepositoryTests : MemoRepositoryTests, IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    protected override TyokykyDbContext NewContext() => _database.NewContext();

    public void Dispose() => _database.Dispose();
}
