using System.Text.Json;
using System.Text.Json.Nodes;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Consent;
using TyokykyBot.Convening;
using TyokykyBot.Localization;
using TyokykyBot.Meetings;
using TyokykyBot.People;
using TyokykyBot.Seeds;
using TyokykyBot.Status;
using Xunit.Abstractions;
using static TyokykyBot.Tests.Cards.LongestCase;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Cards;

/// <summary>
/// Teams refuses a bot message over 28 KB. Every card with many or long inputs stays under it with
/// each input at its limit, in every language, measured as the activity the connector posts.
/// </summary>
public class CardSizeTests(ITestOutputHelper output)
{
    [Fact]
    public void LongestCards_EveryLanguage_ActivityUnder28KB()
    {
        var sizes = UiLanguage.All.SelectMany(language => Cards(language).Select(c => (Name: $"{c.Name} [{language.Code}]", Bytes: ActivityBytes(c.Card))))
            .OrderByDescending(s => s.Bytes).ToList();
        foreach (var (name, bytes) in sizes.Take(5))
            output.WriteLine($"{bytes,6} {name}");

        Assert.All(sizes, s => Assert.True(s.Bytes < CardJson.MaxBytes, $"{s.Name}: {s.Bytes} bytes"));
        // The limits are really reached: the largest card is far from a trivial one.
        Assert.True(sizes[0].Bytes > CardJson.MaxBytes / 2, $"{sizes[0].Name}: only {sizes[0].Bytes} bytes");
    }

    [Fact]
    public void ConveneCard_LongerDirectoryList_BecomesASearchKeepingTheChosen()
    {
        var oh = Directory(CardInputs.MaxListed + 1, 500, RoleIds.OhNurse);
        var chosen = oh[3].AadObjectId!;
        var model = new ConveneCardModel { OccupationalHealth = oh, Proposable = Directory(CardInputs.MaxListed, 600, RoleIds.Hr), Values = new() { OccupationalHealth = chosen } };

        JsonObject card = ConveneCard.Create(model, UiLanguage.Finnish);

        var search = CardJson.ById(card, ConveneFields.OccupationalHealth);
        Assert.Equal(DataQuery.People, (string?)search["choices.data"]?["dataset"]);
        Assert.Equal([chosen], search["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.True((bool?)search["isMultiSelect"]);
        var list = CardJson.ById(card, ConveneFields.Others);
        Assert.Null(list["choices.data"]);
        Assert.Equal(CardInputs.MaxListed, list["choices"]!.AsArray().Count);
    }

    private static int ActivityBytes(AdaptiveCard card) =>
        JsonSerializer.SerializeToUtf8Bytes(Activity.CardMessage(card, Text(60)) with { Id = "1:" + new string('x', 60) }, BotJsonContext.Default.Activity).Length;

    private static IEnumerable<(string Name, AdaptiveCard Card)> Cards(UiLanguage language)
    {
        foreach (var mode in new[] { MeetingMode.Remote, MeetingMode.OnSite })
        {
            var convened = Convened(mode);
            yield return ($"consent {mode} with every error", ConsentCard.Create(ConsentModel(convened, language), language));
            var c = Scheduled(mode, Catalog);
            yield return ($"consent change {mode}", ConsentCard.Create(new ConsentCardModel { Case = c, Seeds = Catalog, ShopStewards = Stewards, EmployeeMri = "29:" + Text(100) }, language));
            yield return ($"consent summary {mode}", ConsentSummaryCard.Create(c, Catalog, language));
            foreach (var p in c.Participants.Where(p => p.Person.AadObjectId is not null))
            {
                yield return ($"status {mode} for {p.Role}", CaseStatusCard.Create(c, p.Person.AadObjectId, language));
                yield return ($"pre-information {mode} for {p.Role}", PreInformationCard.Create(c, Disclosure.For(c, new Reader(p.Person.AadObjectId, MayProcessHealthData: true)), Catalog, language));
            }
        }
        yield return ("convene at every limit", ConveneCard.Create(ConveneModel(CardInputs.MaxListed), language));
        yield return ("convene with searches", ConveneCard.Create(ConveneModel(CardInputs.MaxListed + 1), language));
    }

    private static readonly IReadOnlyList<DirectoryPerson> Stewards = Directory(CardInputs.MaxListed, 700, RoleIds.ShopSteward);

    private static ConsentCardModel ConsentModel(Case c, UiLanguage language) => new()
    {
        Case = c,
        Seeds = Catalog,
        ShopStewards = Stewards,
        EmployeeMri = "29:" + Text(100),
        Values = new ConsentFormValues
        {
            Topics = [.. Catalog.ConsentTopics.Select(t => t.Id)],
            ShopStewardText = Text(ConsentDraft.MaxShopStewardTextLength),
            Note = Text(ConsentDraft.MaxNoteLength),
        },
        Errors = [.. EveryConsentError()],
        OtherOpenCases = ["TK-" + Text(8), "TK-" + Text(8, 1)],
    };

    private static IEnumerable<ValidationError> EveryConsentError()
    {
        var names = string.Join(", ", Enumerable.Range(0, NameSuggestions.Max).Select(i => CardText.Name(Text(MaxNameLength, i))));
        yield return new(CaseField.Topics, CaseErrorCode.NoTopics);
        yield return new(CaseField.AllowedAttendees, CaseErrorCode.NotProposed);
        yield return new(CaseField.ShopSteward, CaseErrorCode.NotFound, names);
        yield return new(CaseField.MemoRecipients, CaseErrorCode.NotCovered);
        yield return new(ConsentFields.Remote, CaseErrorCode.Required);
        yield return new(CaseField.Note, CaseErrorCode.TooLong);
        yield return new("other", CaseErrorCode.InvalidValue);
    }

    /// <summary>Every text input at its maxLength, every listed person chosen, every field with its longest error.</summary>
    private static ConveneCardModel ConveneModel(int listed)
    {
        var oh = Directory(listed, 100, RoleIds.OhNurse);
        var hr = Directory(listed, 200, RoleIds.Hr);
        var candidates = string.Join(", ", Enumerable.Range(0, 5).Select(i => $"{CardText.Name(Text(MaxNameLength, i))} ({Email(i)})")) + ", …";
        var suggestions = string.Join(", ", Enumerable.Range(0, NameSuggestions.Max).Select(i => CardText.Name(Text(MaxNameLength, i))));
        return new ConveneCardModel
        {
            ConvenerRoles = Catalog.Roles.Where(r => r.Id is RoleIds.Supervisor or RoleIds.Hr or RoleIds.OhNurse or RoleIds.OhPhysician).ToList(),
            OccupationalHealth = oh,
            Proposable = hr,
            Roles = Catalog.Roles,
            Values = new ConveneFormValues
            {
                EmployeeText = Text(ConveneLimits.PersonText),
                SupervisorText = Text(ConveneLimits.PersonText, 1),
                OccupationalHealth = string.Join(',', oh.Select(p => p.AadObjectId)),
                OhEmails = Text(ConveneLimits.OhEmails),
                Others = string.Join(',', hr.Select(p => p.AadObjectId)),
                WindowStart = "2026-03-09",
                WindowEnd = "2026-05-07",
                Place = Text(ConveneRules.MaxPlaceLength),
            },
            Errors =
            [
                new(CaseField.Convener, CaseErrorCode.NotEmployeesSupervisor), new(CaseField.Employee, CaseErrorCode.Ambiguous, candidates),
                new(CaseField.Supervisor, CaseErrorCode.NotFound, suggestions), new(CaseField.OccupationalHealth, CaseErrorCode.InvalidEmail),
                new(CaseField.OccupationalHealth, CaseErrorCode.TooMany), new(CaseField.Others, CaseErrorCode.RoleNotAllowed),
                new(CaseField.Kind, CaseErrorCode.InvalidValue), new(CaseField.WindowStart, CaseErrorCode.InPast),
                new(CaseField.WindowEnd, CaseErrorCode.NoWorkingTime), new(CaseField.Length, CaseErrorCode.LengthNotAllowed),
                new(CaseField.Mode, CaseErrorCode.InvalidValue), new(CaseField.Place, CaseErrorCode.TooLong), new("other", CaseErrorCode.InvalidValue),
            ],
        };
    }
}
