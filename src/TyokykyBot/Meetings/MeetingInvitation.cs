using System.Globalization;
using System.Net;
using System.Text;
using TyokykyBot.Cases;
using TyokykyBot.Localization;

namespace TyokykyBot.Meetings;

/// <summary>
/// The calendar invitation's subject and body. Everyone in the invitation sees them, outsiders
/// included, so they say only what is neutral: the case code, the time, the roles and a general
/// preparation note — never a topic, a health word, the employee's note or anything of a memo.
/// The role-specific preparation questions go to insiders on the pre-information card instead:
/// some of them name sickness allowances, which a calendar must not.
/// </summary>
public static class MeetingInvitation
{
    public static string Subject(MeetingOptions options, Case c) => $"{options.Subject} {c.Code}";

    public static string Body(Case c, DateTimeOffset start, DateTimeOffset end, UiLanguage language)
    {
        var culture = language.Culture;
        var body = new StringBuilder();
        Paragraph(body, Format(culture, "Meeting.Body.Title", language, c.Code));
        Paragraph(body, Format(culture, "Meeting.Body.Time", language,
            start.ToString("dddd d.M.yyyy HH:mm", culture), end.ToString("HH:mm", culture), c.LengthMinutes));
        // The place itself goes only into the event's location, which the organiser typed for it.
        Paragraph(body, Texts.Get(c.OnlineAllowed ? "Meeting.Body.Remote" : c.Place is null ? "Meeting.Body.OnSite" : "Meeting.Body.OnSitePlace", language));
        var open = Texts.Get("Meeting.Body.RoleOpen", language);
        Paragraph(body, Format(culture, "Meeting.Body.Roles", language,
            c.Chair?.Person.DisplayName ?? open, c.Secretary?.Person.DisplayName ?? open));
        Paragraph(body, Texts.Get("Meeting.Body.Preparation", language));
        Paragraph(body, Texts.Get("Meeting.Body.Private", language));
        Paragraph(body, Texts.Get("Meeting.Body.Footer", language));
        return body.ToString();
    }

    public static string CancelComment(Case c, UiLanguage language) => $"{c.Code}: {Texts.Get("Meeting.CancelComment", language)}";

    private static string Format(CultureInfo culture, string key, UiLanguage language, params object[] args) =>
        string.Format(culture, Texts.Get(key, language), args);

    private static void Paragraph(StringBuilder body, string text) =>
        body.Append("<p>").Append(WebUtility.HtmlEncode(text)).Append("</p>");
}
