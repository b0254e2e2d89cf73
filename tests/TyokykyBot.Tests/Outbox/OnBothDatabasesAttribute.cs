using System.Reflection;
using TyokykyBot.Data;
using Xunit.Sdk;

namespace TyokykyBot.Tests.Outbox;

/// <summary>
/// Runs a theory once on SQLite and once on PostgreSQL (TYOKYKY_TEST_POSTGRES). Use it on a
/// [SkippableTheory]: without the variable the PostgreSQL row is reported skipped.
/// </summary>
public sealed class OnBothDatabasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        [[DatabaseProvider.Sqlite], [DatabaseProvider.Postgres]];
}
