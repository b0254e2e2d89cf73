using System.Text;
using Microsoft.Data.Sqlite;
using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>
/// After a whole convene → consent → booking → pre-information flow, no column beside a case id
/// holds a participant's AAD id or e-mail address in the clear, and no e-mail address is anywhere in
/// the database file. (Personal chat references and language choices keep the AAD id: they name no case.)
/// </summary>
public sealed class PersonIdCanaryFlowTests(TyokykyApp app) : IClassFixture<TyokykyApp>
{
    private static readonly string[] CaseLinkedTables = ["AuditLog", "CaseCards", "Outbox", "Cases"];
    private static readonly TestUser[] Participants = [TestUser.Aino, TestUser.Mikko, TestUser.Johanna];
    private static readonly string[] Emails =
        ["aino.virtanen@contoso.example", "mikko.korhonen@contoso.example", "johanna.heikkinen@contoso.example"];

    private readonly CaseFlowDriver driver = new(app);

    [Fact]
    public async Task ConveneConsentBooking_CaseLinkedTables_NoParticipantIdOrEmailInPlaintext()
    {
        await driver.InstallAsync(TestUser.Mikko);
        await driver.InstallAsync(TestUser.Johanna);
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(
            await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(startInDays: 1), "aino-pseudonym-card")));
        var consent = CaseFlowDriver.ConsentData(caseId, "working-time");
        consent["shareTopics"] = "true";
        await driver.ClickAsync(TestUser.Mikko, "consent.give", consent);
        await CaseRow.WaitForStateAsync(app, caseId, "Scheduled");
        var code = (await CaseRow.ReadAsync(app, caseId)).Code;
        var title = string.Format(Texts.Get("PreInfo.Title", UiLanguage.Finnish), code);
        await driver.WaitForAsync(r => r.Method == HttpMethod.Post
            && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Johanna.PersonalConversationId)) && r.CardTitle == title, "pre-information to the OH nurse");
        await driver.WaitForAsync(r => r.Method == HttpMethod.Put
            && r.Uri.AbsolutePath.EndsWith("/activities/aino-pseudonym-card", StringComparison.Ordinal), "the convener's card kept current");
        SqliteConnection.ClearAllPools();

        var values = TextValues();
        Assert.Contains(values, v => v.Table == "CaseCards" && v.Column == "RecipientKey");
        Assert.Contains(values, v => v.Table == "Outbox" && v.Column == "ProtectedRecipient");
        Assert.Contains(values, v => v.Table == "AuditLog" && v.Column == "Actor");
        foreach (var needle in Participants.Select(p => p.AadObjectId).Concat(Emails))
        {
            Assert.All(values, v => Assert.False(v.Value.Contains(needle, StringComparison.OrdinalIgnoreCase), $"{needle} in {v.Table}.{v.Column}"));
        }

        AssertNoEmailInDatabaseFiles();
    }

    /// <summary>Every non-empty text value of the tables that carry a case id, read with plain SQL as anyone holding the file could.</summary>
    private List<(string Table, string Column, string Value)> TextValues()
    {
        using var connection = new SqliteConnection($"Data Source={app.DatabaseFile};Mode=ReadOnly");
        connection.Open();
        var values = new List<(string, string, string)>();
        foreach (var table in CaseLinkedTables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string { Length: > 0 } text)
                        values.Add((table, reader.GetName(i), text));
                }
            }
        }

        return values;
    }

    private void AssertNoEmailInDatabaseFiles()
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(app.DatabaseFile)!, "tyokyky.db*");
        Assert.NotEmpty(files);
        foreach (var bytes in files.Select(File.ReadAllBytes))
        {
            foreach (var email in Emails.SelectMany(e => new[] { e, e.ToUpperInvariant() }))
            {
                foreach (var encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
                    Assert.True(bytes.AsSpan().IndexOf(encoding.GetBytes(email)) < 0, $"{email} in the database file ({encoding.WebName})");
            }
        }
    }
}
