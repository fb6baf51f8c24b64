//! The invitation for an intake conversation, by e-mail with the appointment as a calendar
//! file. The same appointment moved keeps its calendar UID (`invitation-{series}`) with a
//! higher SEQUENCE, so the person's agenda moves it instead of adding a second one; called
//! off (an exemption before the day), the same UID comes as a cancellation.

use crate::domain::calendar::{cancellation, invitation, Appointment};
use crate::domain::dates::display_date;
use crate::i18n::Lang;
use crate::mail_texts::{body, host_of, mail, subject};
use crate::store::outbox::NewMail;
use crate::wire::campaigns::InvitationRecord;

/// What an invitation mail says.
pub struct Invite<'a> {
    /// The calendar series (the first invitation's id) and this appointment's number in it.
    pub series: i64,
    pub sequence: i64,
    pub day: &'a str,
    pub time: &'a str,
    pub minutes: i64,
    pub place: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub consultant: &'a str,
    pub consultant_email: &'a str,
}

impl<'a> Invite<'a> {
    pub fn of(i: &'a InvitationRecord) -> Invite<'a> {
        Invite {
            series: i.series.unwrap_or(i.id),
            sequence: i.sequence,
            day: &i.appointment_day,
            time: &i.appointment_time,
            minutes: i.minutes,
            place: &i.place,
            name: &i.client_name,
            email: &i.email,
            consultant: &i.consultant,
            consultant_email: &i.consultant_email,
        }
    }
}

opstap_core::messages! { MAIL_INTAKE {
    INVITATION_SUBJECT = "Uitnodiging voor een gesprek" / "Invitation to a conversation";
    MOVED_SUBJECT = "Uw afspraak is verzet" / "Your appointment has been moved";
    INVITATION_BODY =
        "Beste {name},\n\nWij nodigen u uit voor een gesprek met {consultant} van het Werkgeversservicepunt. \
         We praten over wat u wilt en kunt, over werk, en over wat u nodig heeft.\n\n\
         Wanneer: {when}\nWaar: {place}\n\nKunt u niet? Beantwoord deze e-mail of mail {consultant} ({contact}); \
         dan maken we samen een nieuwe afspraak. De afspraak voor uw agenda zit in de bijlage."
        / "Dear {name},\n\nWe invite you to a conversation with {consultant} of the employer service desk. \
         We will talk about what you want and can do, about work, and about what you need.\n\n\
         When: {when}\nWhere: {place}\n\nCannot make it? Reply to this e-mail or write to {consultant} ({contact}); \
         we will make a new appointment together. The appointment for your calendar is attached.";
    MOVED_BODY =
        "Beste {name},\n\nUw afspraak met {consultant} van het Werkgeversservicepunt is verzet naar:\n\n\
         Wanneer: {when}\nWaar: {place}\n\nKunt u dan niet? Mail {consultant} ({contact}). \
         De nieuwe afspraak voor uw agenda zit in de bijlage."
        / "Dear {name},\n\nYour appointment with {consultant} of the employer service desk has been moved to:\n\n\
         When: {when}\nWhere: {place}\n\nCannot make it then? Write to {consultant} ({contact}). \
         The new appointment for your calendar is attached.";
    CANCELLED_SUBJECT = "Uw afspraak gaat niet door" / "Your appointment is called off";
    CANCELLED_BODY =
        "Beste {name},\n\nUw afspraak met {consultant} van het Werkgeversservicepunt op {when} ({place}) gaat niet door: \
         u hoeft niet te komen. Heeft u vragen? Mail {consultant} ({contact}). \
         De bijlage haalt de afspraak uit uw agenda."
        / "Dear {name},\n\nYour appointment with {consultant} of the employer service desk on {when} ({place}) is called off: \
         you do not need to come. Questions? Write to {consultant} ({contact}). \
         The attachment removes the appointment from your calendar.";
    CALENDAR_TITLE = "Gesprek Werkgeversservicepunt" / "Conversation at the employer service desk";
    CALENDAR_TEXT = "Gesprek met {consultant} over werk en wat u nodig heeft." / "Conversation with {consultant} about work and what you need.";
}}

/// The mail for an invitation to someone with an e-mail address (`None` without one, or
/// for a date that is not real).
pub fn invitation_mail(i: &Invite, public_url: &str, now: i64) -> Option<NewMail> {
    appointment_mail(i, public_url, now, false)
}

/// The mail calling off an e-mailed appointment as stored (an exemption before its day, a
/// client who left the benefits system): the same event with the next `SEQUENCE`, so the
/// agenda drops it. `None` without an e-mail address.
pub fn cancellation_mail(i: &InvitationRecord, public_url: &str, now: i64) -> Option<NewMail> {
    let invite = Invite {
        sequence: i.sequence + 1,
        ..Invite::of(i)
    };
    appointment_mail(&invite, public_url, now, true)
}

fn appointment_mail(i: &Invite, public_url: &str, now: i64, cancel: bool) -> Option<NewMail> {
    if i.email.is_empty() {
        return None;
    }
    let host = host_of(public_url);
    let consultant = [("consultant", i.consultant)];
    let make = if cancel { cancellation } else { invitation };
    let ics = make(&Appointment {
        uid: format!("invitation-{}@{host}", i.series),
        sequence: i.sequence,
        date: i.day,
        time: i.time,
        minutes: i.minutes,
        summary: subject(CALENDAR_TITLE, &[], None),
        location: i.place,
        description: format!(
            "{}\n\n{}",
            CALENDAR_TEXT.fill(Lang::Nl, &consultant),
            CALENDAR_TEXT.fill(Lang::En, &consultant)
        ),
        organizer: (i.consultant, i.consultant_email),
        attendees: vec![(i.name.to_string(), i.email.to_string())],
        now,
    })?;
    let when = format!("{} {}", display_date(i.day), i.time);
    let v = [
        ("name", i.name),
        ("consultant", i.consultant),
        ("contact", i.consultant_email),
        ("when", when.as_str()),
        ("place", i.place),
    ];
    let (s, b) = if cancel {
        (CANCELLED_SUBJECT, CANCELLED_BODY)
    } else if i.sequence > 0 {
        (MOVED_SUBJECT, MOVED_BODY)
    } else {
        (INVITATION_SUBJECT, INVITATION_BODY)
    };
    Some(NewMail {
        ics: Some(ics),
        ..mail(
            i.email,
            i.name,
            subject(s, &[], None),
            body(b, &v),
            "intake_invitation",
        )
    })
}
