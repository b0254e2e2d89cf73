using TyokykyBot.Cases;
using TyokykyBot.Consent;
using TyokykyBot.Convening;
using TyokykyBot.Tests.Convening;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Consent;

internal static class ConsentFixture
{
    public const string Mri = "29:1mikko-teams-id";
    public const string Canary = "CANARY-note-7f3a";
    public static readonly PersonRef Employee = PersonRef.Insider(Mikko, "Mikko Korhonen");

    /// <summary>Convened by Aino for Mikko: Johanna and an outside physician for OH, Sanna (HR) proposed.</summary>
    public static Task<Case> CaseAsync(ConveneFormValues? values = null, Func<ConveneRequest, ConveneRequest>? change = null) =>
        ConveneFixture.ConvenedAsync(values, change);

    public static Guid IdOf(Case c, string aadObjectIdOrEmail) =>
        c.Participants.Single(p => p.Person.AadObjectId == aadObjectIdOrEmail || p.Person.Email == aadObjectIdOrEmail).Id;

    public static async Task<ConsentCardModel> ModelAsync(Case c, ConsentFormValues? values = null, string? mri = null) => new()
    {
        Case = c,
        Seeds = Catalog,
        ShopStewards = await Dir.WithRoleAsync("shop-steward", CancellationToken.None),
        EmployeeMri = mri,
        Values = values,
    };

    /// <summary>Everything allowed, every topic, and a note that must never leave the employee's cards.</summary>
    public static ConsentDraft EverythingDraft(Case c) => new()
    {
        Topics = [.. Catalog.ConsentTopics.Select(t => t.Id)],
        AllowedAttendeeIds = [IdOf(c, Sanna)],
        MemoRecipientIds = [IdOf(c, Mikko), IdOf(c, Sanna)],
        MayShareTopics = true,
        RemoteMeeting = true,
        Note = Canary,
    };

    public static void Record(Case c, ConsentDraft draft) =>
        Assert.Equal(ConsentOutcome.Recorded, c.RecordConsent(Employee, draft, ConveneFixture.Now).Outcome);
}
