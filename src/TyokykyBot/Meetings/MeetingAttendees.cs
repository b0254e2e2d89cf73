using TyokykyBot.Cases;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.People;

namespace TyokykyBot.Meetings;

/// <summary>The invitation list: the core group and whoever the latest consent allows, nobody else; outsiders by e-mail.</summary>
public sealed class MeetingAttendees(IPeopleDirectory directory)
{
    public async Task<InvitedPeople> ForAsync(Case c, CancellationToken cancellationToken)
    {
        var all = new List<CalendarAttendee>();
        var internalEmails = new List<string>();
        var insiders = new List<Participant>();
        var outsiders = new List<Participant>();
        foreach (var participant in c.Attendees())
        {
            var person = participant.Person;
            var email = person.Email;
            if (person.AadObjectId is { } aad && string.IsNullOrEmpty(email))
            {
                email = (await directory.FindByAadObjectIdAsync(aad, cancellationToken))?.Email;
            }

            if (string.IsNullOrEmpty(email))
            {
                continue;
            }

            all.Add(new CalendarAttendee(email, person.DisplayName));
            if (person.IsInsider)
            {
                internalEmails.Add(email);
                insiders.Add(participant);
            }
            else
            {
                outsiders.Add(participant);
            }
        }

        return new InvitedPeople(all, internalEmails, insiders, outsiders);
    }
}
