namespace TyokykyBot.Tests.Integration;

public sealed class PostgresStorageFlowTests(PostgresTyokykyApp app) : StorageFlowTests<PostgresTyokykyApp>(app), IClassFixture<PostgresTyokykyApp>;
