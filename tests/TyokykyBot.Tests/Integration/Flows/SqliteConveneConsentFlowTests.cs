namespace TyokykyBot.Tests.Integration.Flows;

public sealed class SqliteConveneConsentFlowTests(TyokykyApp app) : ConveneConsentFlowTests<TyokykyApp>(app), IClassFixture<TyokykyApp>;
