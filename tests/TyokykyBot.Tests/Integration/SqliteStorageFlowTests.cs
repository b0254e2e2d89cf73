namespace TyokykyBot.Tests.Integration;

public sealed class SqliteStorageFlowTests(TyokykyApp app) : StorageFlowTests<TyokykyApp>(app), IClassFixture<TyokykyApp>;
