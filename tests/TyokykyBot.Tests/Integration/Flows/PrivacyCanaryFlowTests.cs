using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>
/// A unique string typed into every free-text field of the convene and consent cards never shows
/// up in a request to a channel, in the logs, or in plaintext in the database file.
/// </summary>
public sealed class PrivacyCanaryFlowTests(TyokykyApp app) : IClassFixture<TyokykyApp>
{
    private readonly CaseFlowDriver driver = new(app);
    private readonly string canary = "kanarialintu" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task FreeText_InEveryField_StaysOutOfChannelsLogsAndDatabaseFile()
    {
        await driver.InstallAsync(TestUser.Mikko);
        await driver.InstallAsync(TestUser.Aino);
        await driver.SayInChannelAsync(TestUser.Aino, "/neuvottelu " + canary);

        // Free text on the convene card: an unknown name (refused) and an outside OH address (kept, encrypted).
        await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(employeeText: canary + " Nimetön"));
        var data = CaseFlowDriver.ConveneData();
        data["ohEmails"] = $"{canary}@terveyspalvelu.example";
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, data, "aino-canary-card")));

        // Free text on the consent card: the note and a shop steward typed by address.
        var consent = CaseFlowDriver.ConsentData(caseId, "employment-contract");
        consent["note"] = $"Huom: {canary} – tämä on arkaluonteinen muistiinpano.";
        consent["shopStewardText"] = $"{canary}.steward@liitto.example";
        var summary = CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.give", consent)).ToJsonString();
        Assert.Contains(canary, summary); // the employee's own summary shows what they wrote
        await driver.WaitForAsync(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/aino-canary-card", StringComparison.Ordinal), "the status update");

        Assert.All(driver.Connector.Requests.Where(IsChannel), r => Assert.DoesNotContain(canary, r.Body));
        Assert.Contains(driver.Connector.Requests, IsChannel);
        app.Logs.AssertNoLineContains(canary);
        AssertNotInDatabaseFiles();
    }

    private static bool IsChannel(RecordedRequest request) =>
        Uri.UnescapeDataString(request.Uri.AbsolutePath).Contains("/v3/conversations/19:", StringComparison.Ordinal);

    private void AssertNotInDatabaseFiles()
    {
        SqliteConnection.ClearAllPools();
        var files = Directory.GetFiles(Path.GetDirectoryName(app.DatabaseFile)!, "tyokyky.db*");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
            {
                Assert.Equal(-1, bytes.AsSpan().IndexOf(encoding.GetBytes(canary)));
            }
        }
    }
}
