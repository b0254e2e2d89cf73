namespace TyokykyBot.Tests.Integration.Flows;

public sealed class PostgresRepeatedClickFlowTests(PostgresTyokykyApp app) : RepeatedClickFlowTests<PostgresTyokykyApp>(app), IClassFixture<PostgresTyokykyApp>;
