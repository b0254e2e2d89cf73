using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Bot;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Commands;
using TyokykyBot.Consent;
using TyokykyBot.Convening;
using TyokykyBot.Help;
using TyokykyBot.Localization;
using TyokykyBot.Meetings;
using TyokykyBot.Seeds;
using TyokykyBot.Status;
using TyokykyBot.Tests.Consent;
using TyokykyBot.Tests.Convening;
using TyokykyBot.Welcome;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Cards;

/// <summary>
/// Every card the bot sends, in every language and in each state it is drawn in, named so that a
/// failure says which one: the convene card (empty, prefilled, with every field's error, with name
/// suggestions, for a convener without a role), the consent card and its summary, the status card
/// for every state and reader (with the organiser's controls), pre-information, help, welcome and
/// the error cards.
/// </summary>
internal static class EveryCard
{
    /// <summary>The commands the features register, as the help card lists them.</summary>
    private static readonly IReadOnlyList<Command> Commands = new Microsoft.Extensions.DependencyInjection.ServiceCollection()
        .AddCommandHandler<ConveneCommandHandler>().AddCommandHandler<HelpCommandHandler>().AddCommandHandler<Preferences.LanguageCommandHandler>()
        .BuildServiceProvider().GetRequiredService<CommandCatalog>().All;

    public static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(2));
    private const string JoinUrl = "https://teams.example/l/meetup-join/every-card";
    private static readonly string[] Readers = [Aino, Mikko, Sanna, Johanna, "stranger"];

    public static async Task<IReadOnlyList<(string Name, JsonObject Card)>> AllAsync()
    {
        var cards = new List<(string, JsonObject)>();
        foreach (var language in UiLanguage.All)
        {
            void Add(string name, AdaptiveCard card) => cards.Add(($"{name} [{language.Code}]", card));
            Add("welcome", WelcomeCard.Create(language));
            Add("help", HelpCard.Create(Commands, language));
            foreach (var key in new[] { "Case.NotFound", "Error.Generic", "Consent.NotYours", "Case.InvalidState" })
                Add("error " + key, ErrorCard.Create(Texts.Get(key, language)));
            cards.Add(($"channel neutral [{language.Code}]", (JsonObject)SharedConversationGuard.Neutral(language).Body!.Value!));
            foreach (var (name, card) in await ConveneAsync(language))
                Add("convene " + name, card);
            foreach (var (name, card) in await ConsentAsync(language))
                Add("consent " + name, card);
            foreach (var (name, card) in await StatusAsync(language))
                Add("status " + name, card);
            foreach (var (name, card) in await PreInformationAsync(language))
                Add("pre-information " + name, card);
        }
        return cards;
    }

    private static async Task<IEnumerable<(string, AdaptiveCard)>> ConveneAsync(UiLanguage language)
    {
        var everyError = new ValidationError[]
        {
            new(CaseField.Convener, CaseErrorCode.NotEmployeesSupervisor), new(CaseField.Employee, CaseErrorCode.MustBeInTenant),
            new(CaseField.Supervisor, CaseErrorCode.NotEmployeesSupervisor), new(CaseField.OccupationalHealth, CaseErrorCode.InvalidEmail),
            new(CaseField.Others, CaseErrorCode.RoleNotAllowed), new(CaseField.Kind, CaseErrorCode.InvalidValue),
            new(CaseField.WindowStart, CaseErrorCode.InPast), new(CaseField.WindowEnd, CaseErrorCode.TooLong),
            new(CaseField.Length, CaseErrorCode.LengthNotAllowed), new(CaseField.Mode, CaseErrorCode.InvalidValue),
            new(CaseField.Place, CaseErrorCode.TooLong), new("somethingElse", CaseErrorCode.InvalidValue),
        };
        var suggestions = new ValidationError[]
        {
            new(CaseField.Employee, CaseErrorCode.NotFound, "Mikko Korhonen, Mika Korpela"),
            new(CaseField.Supervisor, CaseErrorCode.Ambiguous, "Aino Virtanen (aino@example.fi), Aino Virta (aino.virta@example.fi)"),
        };
        var picked = ConveneFixture.PlaygroundSubmit() with { EmployeeText = null, Employee = Person(Mikko).Email, Supervisor = Person(Aino).Email };
        var noRole = await new ConveneCardModelBuilder(Dir, Catalog).BuildAsync("someone-unknown", null, null, CancellationToken.None);
        return
        [
            ("empty", ConveneCard.Create(await ConveneFixture.ModelAsync(), language)),
            ("typed", ConveneCard.Create(await ConveneFixture.ModelAsync(ConveneFixture.PlaygroundSubmit()), language)),
            ("picked", ConveneCard.Create(await ConveneFixture.ModelAsync(picked), language)),
            ("every error", ConveneCard.Create(await ConveneFixture.ModelAsync(ConveneFixture.PlaygroundSubmit(), everyError), language)),
            ("suggestions", ConveneCard.Create(await ConveneFixture.ModelAsync(ConveneFixture.PlaygroundSubmit(), suggestions), language)),
            ("no role", ConveneCard.Create(noRole, language)),
            ("directory searches", ConveneCard.Create(await ConveneFixture.ModelAsync() with
            {
                OccupationalHealth = LongestCase.Directory(CardInputs.MaxListed + 1, 100, RoleIds.OhNurse),
                Proposable = LongestCase.Directory(CardInputs.MaxListed + 1, 200, RoleIds.Hr),
            }, language)),
        ];
    }

    private static async Task<IEnumerable<(string, AdaptiveCard)>> ConsentAsync(UiLanguage language)
    {
        var remote = await ConsentFixture.CaseAsync();
        var onSite = await OnSiteAsync();
        var everyError = new ValidationError[]
        {
            new(CaseField.Topics, CaseErrorCode.NoTopics), new(CaseField.AllowedAttendees, CaseErrorCode.NotProposed),
            new(CaseField.ShopSteward, CaseErrorCode.NotFound, "Pekka Hämäläinen"), new(CaseField.MemoRecipients, CaseErrorCode.NotCovered),
            new(ConsentFields.Remote, CaseErrorCode.Required), new(CaseField.Note, CaseErrorCode.TooLong),
            new("somethingElse", CaseErrorCode.InvalidValue),
        };
        var cards = new List<(string, AdaptiveCard)>
        {
            ("first remote", ConsentCard.Create(await ConsentFixture.ModelAsync(remote, mri: ConsentFixture.Mri), language)),
            ("first on site", ConsentCard.Create(await ConsentFixture.ModelAsync(onSite), language)),
            ("every error", ConsentCard.Create(await ConsentFixture.ModelAsync(remote) with { Errors = everyError }, language)),
            ("other open case", ConsentCard.Create(await ConsentFixture.ModelAsync(remote) with { OtherOpenCases = ["TK-1234"] }, language)),
            ("summary pending", ConsentSummaryCard.Create(remote, Catalog, language)),
        };

        var given = await ConsentFixture.CaseAsync();
        ConsentFixture.Record(given, ConsentFixture.EverythingDraft(given));
        cards.Add(("change", ConsentCard.Create(await ConsentFixture.ModelAsync(given, mri: ConsentFixture.Mri), language)));
        cards.Add(("summary given", ConsentSummaryCard.Create(given, Catalog, language)));
        given.Withdraw(ConsentFixture.Employee, ConveneFixture.Now);
        cards.Add(("summary withdrawn", ConsentSummaryCard.Create(given, Catalog, language)));
        var declined = await ConsentFixture.CaseAsync();
        declined.Decline(ConsentFixture.Employee, ConveneFixture.Now);
        cards.Add(("summary declined", ConsentSummaryCard.Create(declined, Catalog, language)));
        return cards;
    }

    /// <summary>Each state of a booked remote and a booked on-site case, for the organiser, the employee, HR, OH and a stranger.</summary>
    private static async Task<IEnumerable<(string, AdaptiveCard)>> StatusAsync(UiLanguage language)
    {
        var cards = new List<(string, AdaptiveCard)>();
        foreach (var (mode, booked) in new[] { ("remote", await BookedAsync(remote: true)), ("on site", await BookedAsync(remote: false)) })
            foreach (var state in Enum.GetValues<CaseState>())
                foreach (var reader in Readers)
                    cards.Add(($"{mode} {state} for {reader}", CaseStatusCard.Create(Cases.CaseFixture.InState(booked, state), reader, language)));
        var awaiting = await ConsentFixture.CaseAsync();
        foreach (var reader in Readers)
            cards.Add(($"awaiting consent for {reader}", CaseStatusCard.Create(awaiting, reader, language)));
        return cards;
    }

    private static async Task<IEnumerable<(string, AdaptiveCard)>> PreInformationAsync(UiLanguage language)
    {
        var remote = await BookedAsync(remote: true);
        var onSite = await BookedAsync(remote: false);
        var cards = new List<(string, AdaptiveCard)>
        {
            ("remote to confirm", PreInformationCard.Create(remote, Disclosure.For(remote, new Reader(Johanna, MayProcessHealthData: true)), Catalog, language)),
            ("on site", PreInformationCard.Create(onSite, Disclosure.For(onSite, new Reader(Sanna, MayProcessHealthData: true)), Catalog, language)),
        };
        var nurse = remote.Participants.Single(p => p.Person.AadObjectId == Johanna).Person;
        Assert.Equal(MeetingOutcome.Done, remote.ConfirmRemote(nurse, Start.AddDays(-1)));
        cards.Add(("remote confirmed", PreInformationCard.Create(remote, Disclosure.For(remote, new Reader(Johanna, MayProcessHealthData: true)), Catalog, language)));
        ConsentFixture.Record(remote, ConsentFixture.EverythingDraft(remote) with { AllowedAttendeeIds = [], MemoRecipientIds = [], MayShareTopics = false });
        cards.Add(("topics not shared", PreInformationCard.Create(remote, Disclosure.For(remote, new Reader(Johanna, MayProcessHealthData: true)), Catalog, language)));
        cards.Add(("no longer current", PreInformationCard.Create(remote, Disclosure.For(remote, new Reader(Sanna, MayProcessHealthData: true)), Catalog, language)));
        return cards;
    }

    public static Task<Case> OnSiteAsync() =>
        ConsentFixture.CaseAsync(ConveneFixture.PlaygroundSubmit() with { Mode = ConveneFields.ModeOnSite, Place = "Neuvotteluhuone Kuusi, 3. krs" });

    /// <summary>Consent given to everything (Sanna may attend), and the meeting booked.</summary>
    public static async Task<Case> BookedAsync(bool remote)
    {
        var c = remote ? await ConsentFixture.CaseAsync() : await OnSiteAsync();
        var draft = ConsentFixture.EverythingDraft(c);
        ConsentFixture.Record(c, remote ? draft : draft with { RemoteMeeting = false });
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(
            new MeetingBooking("event-1", Aino, Start, Start.AddMinutes(90), remote ? JoinUrl : null), Start.AddDays(-7)));
        return c;
    }
}
