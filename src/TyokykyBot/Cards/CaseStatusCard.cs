using System.Text.Json.Nodes;
using TyokykyBot.Cases;
using TyokykyBot.Localization;

namespace TyokykyBot.Cards;

/// <summary>
/// Where a case stands, for the convener and the core group. Built from <see cref="CaseStatus"/>
/// alone, so it cannot show a topic, the consent's content or the employee's note.
/// </summary>
public static class CaseStatusCard
{
    public static JsonObject Create(CaseStatus status, string employeeDisplayName, UiLanguage language) =>
        AdaptiveCard.Create(
            AdaptiveCard.Title(string.Format(language.Culture, Texts.Get("Status.Title", language), status.Code)),
            AdaptiveCard.Facts(
            [
                (Texts.Get("Status.Employee", language), employeeDisplayName),
                (Texts.Get("Status.State", language), Texts.Get("Status.State." + status.State, language)),
                (Texts.Get("Status.Consent", language), Texts.Get("Status.Consent." + status.Consent, language)),
            ]))
        .WithActions(CardActions.Execute(Texts.Get("Status.Refresh", language), CardVerbs.StatusRefresh, status.CaseId, sendInputs: false));

    /// <summary>
    /// The status with the booked time and join link, and for the convener the meeting's controls
    /// (move or widen the window, set chair and secretary, cancel). Still nothing of the consent.
    /// </summary>
    public static JsonObject Create(Case c, UiLanguage language, bool forConvener)
    {
        var card = Create(c.Status(), c.Employee.Person.DisplayName, language);
        var body = card["body"]!.AsArray();
        if (c.Meeting is { } meeting && !c.MeetingCancelled)
        {
            body.Add(AdaptiveCard.Facts([(Texts.Get("Status.Meeting.Time", language),
                $"{HelsinkiTime.Format(meeting.Start)}–{TimeZoneInfo.ConvertTime(meeting.End, Helsinki):HH:mm}")]));
            if (meeting.JoinUrl is { Length: > 0 } joinUrl)
            {
                card["actions"]!.AsArray().Insert(0, new JsonObject
                {
                    ["type"] = "Action.OpenUrl",
                    ["title"] = Texts.Get("Status.Meeting.Join", language),
                    ["url"] = joinUrl,
                });
            }
        }

        if (forConvener && c.State is CaseState.Scheduling or CaseState.Scheduled)
        {
            ConvenerControls.AddTo(card, c, language);
        }

        return card;
    }

    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
}
