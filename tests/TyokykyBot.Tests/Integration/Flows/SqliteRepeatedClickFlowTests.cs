namespace TyokykyBot.Tests.Integration.Flows;

public sealed class SqliteRepeatedClickFlowTests(TyokykyApp app) : RepeatedClickFlowTests<TyokykyApp>(app), IClassFixture<TyokykyApp>;
