namespace TyokykyBot.Tests.Integration.Flows;

public sealed class PostgresSchedulingFlowTests(PostgresTyokykyApp app) : SchedulingFlowTests<PostgresTyokykyApp>(app), IClassFixture<PostgresTyokykyApp>;
