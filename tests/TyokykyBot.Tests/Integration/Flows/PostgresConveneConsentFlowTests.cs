namespace TyokykyBot.Tests.Integration.Flows;

public sealed class PostgresConveneConsentFlowTests(PostgresTyokykyApp app) : ConveneConsentFlowTests<PostgresTyokykyApp>(app), IClassFixture<PostgresTyokykyApp>;
