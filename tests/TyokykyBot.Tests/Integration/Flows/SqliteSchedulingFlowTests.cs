namespace TyokykyBot.Tests.Integration.Flows;

public sealed class SqliteSchedulingFlowTests(TyokykyApp app) : SchedulingFlowTests<TyokykyApp>(app), IClassFixture<TyokykyApp>;
