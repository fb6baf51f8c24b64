//! The e-mails of the buddy follow-up. Like every message they are in Dutch with the
//! English below; they carry only what the reader needs (a first name, never notes on
//! someone's home life), and a link to the portal for the rest.

use crate::i18n::Lang;
use crate::mail_texts::{body, both, subject};
use crate::store::outbox::NewMail;

opstap_core::messages! { MAIL_BUDDIES {
    INVITATION_SUBJECT = "Uitnodiging als buddy bij Opstap" / "Invitation as a buddy at Opstap";
    INVITATION_BODY =
        "Beste {name},\n\n{inviter} nodigt u uit als buddy bij het werkgeversservicepunt. \
         Als buddy houdt u contact met iemand die net aan het werk is. \
         Stel met deze link uw wachtwoord in; de link werkt één keer en is 7 dagen geldig:\n\n{link}"
        / "Dear {name},\n\n{inviter} invites you to be a buddy at the employer service desk. \
         As a buddy you keep in touch with someone who has just started work. \
         Use this link to set your password; it works once and is valid for 7 days:\n\n{link}";
    PAIRED_SUBJECT = "Nieuwe koppeling" / "New pairing";
    PAIRED_PHONE = "Telefoon: {phone}" / "Phone: {phone}";
    PAIRED_NO_PHONE =
        "Telefoon: niet gedeeld; maak een afspraak via de balie."
        / "Phone: not shared; arrange contact through the desk.";
    PAIRED_BODY =
        "Beste {name},\n\nU bent buddy van {first} vanaf {start}.\n\n\
         Werkgever: {employer}\nWerkadres: {address}\n{phone}\nContactritme: {rhythm}\n\n\
         Leg elk contact vast via:\n\n{link}"
        / "Dear {name},\n\nYou are {first}'s buddy from {start}.\n\n\
         Employer: {employer}\nWorkplace address: {address}\n{phone}\nCheck-in rhythm: {rhythm}\n\n\
         Log every check-in at:\n\n{link}";
    REMINDER_SUBJECT = "Herinnering: contact met {first}" / "Reminder: check-in with {first}";
    REMINDER_AGAIN_SUBJECT =
        "Herinnering (nogmaals): contact met {first}" / "Reminder (again): check-in with {first}";
    REMINDER_BODY =
        "Beste {name},\n\nHet contact met {first} stond gepland op {due}. \
         Wilt u contact opnemen en het vastleggen?\n\n{link}"
        / "Dear {name},\n\nThe check-in with {first} was due on {due}. \
         Please get in touch and log it:\n\n{link}";
    SILENT_SUBJECT = "Geen contact meer met {person}" / "No check-ins for {person}";
    SILENT_BODY =
        "Beste {name},\n\nBuddy {buddy} heeft sinds {since} geen contact met {person} vastgelegd, \
         ook niet na herinneringen. Wilt u kijken wat er speelt?\n\n{link}"
        / "Dear {name},\n\nBuddy {buddy} has not logged a check-in with {person} since {since}, \
         not even after reminders. Please look into it:\n\n{link}";
    ALERT_SUBJECT = "Signaal van buddy over {person}" / "Flag from a buddy about {person}";
    ALERT_NEEDS_DESK = "vraagt de balie om te helpen" / "asks the desk for help";
    ALERT_LOW_SCORE = "geeft een lage score" / "gives a low score";
    ALERT_BODY =
        "Beste {name},\n\nBuddy {buddy} {why} na een contact met {person} (score {score} van 5). \
         Lees het contactmoment en markeer het als afgehandeld:\n\n{link}"
        / "Dear {name},\n\nBuddy {buddy} {why} after a check-in with {person} (score {score} of 5). \
         Read the check-in and mark it handled:\n\n{link}";
}}

fn mail(to: &str, name: &str, subject: String, body_text: String, kind: &'static str) -> NewMail {
    NewMail {
        to_address: to.to_string(),
        to_name: name.to_string(),
        subject,
        body_text,
        ics: None,
        kind,
    }
}

/// To a new buddy: the link to set a password.
pub fn invitation(to: &str, name: &str, inviter: &str, link: &str) -> NewMail {
    let v = [("name", name), ("inviter", inviter), ("link", link)];
    let s = subject(INVITATION_SUBJECT, &[], None);
    mail(to, name, s, body(INVITATION_BODY, &v), "buddy_invitation")
}

/// What a buddy needs to get in touch with a placed person.
pub struct PairedPerson<'a> {
    pub first_name: &'a str,
    pub employer: &'a str,
    pub address: &'a str,
    /// Only when the person consented to sharing it.
    pub phone: Option<&'a str>,
    pub start: &'a str,
    pub rhythm_nl: &'a str,
    pub rhythm_en: &'a str,
}

/// To the buddy when the desk pairs them with someone.
pub fn paired(to: &str, buddy: &str, p: &PairedPerson<'_>, link: &str) -> NewMail {
    let text = |lang: Lang| {
        let phone = match p.phone {
            Some(phone) => PAIRED_PHONE.fill(lang, &[("phone", phone)]),
            None => PAIRED_NO_PHONE.get(lang).to_string(),
        };
        let rhythm = match lang {
            Lang::Nl => p.rhythm_nl,
            Lang::En => p.rhythm_en,
        };
        PAIRED_BODY.fill(
            lang,
            &[
                ("name", buddy),
                ("first", p.first_name),
                ("start", p.start),
                ("employer", p.employer),
                ("address", p.address),
                ("phone", &phone),
                ("rhythm", rhythm),
                ("link", link),
            ],
        )
    };
    // The subject reads "Nieuwe koppeling / New pairing: Ali".
    let s = format!("{}: {}", subject(PAIRED_SUBJECT, &[], None), p.first_name);
    mail(
        to,
        buddy,
        s,
        both(text(Lang::Nl), text(Lang::En)),
        "buddy_paired",
    )
}

/// To a buddy whose check-in is overdue; `number` counts from 1.
pub fn reminder(
    to: &str,
    buddy: &str,
    first_name: &str,
    due: &str,
    number: i64,
    link: &str,
) -> NewMail {
    let t = if number > 1 {
        REMINDER_AGAIN_SUBJECT
    } else {
        REMINDER_SUBJECT
    };
    let v = [
        ("name", buddy),
        ("first", first_name),
        ("due", due),
        ("link", link),
    ];
    let s = subject(t, &v, None);
    mail(to, buddy, s, body(REMINDER_BODY, &v), "buddy_reminder")
}

/// To the consultant when a buddy has not checked in for a long time.
pub fn silent(
    to: &str,
    consultant: &str,
    buddy: &str,
    person: &str,
    since: &str,
    link: &str,
) -> NewMail {
    let v = [
        ("name", consultant),
        ("buddy", buddy),
        ("person", person),
        ("since", since),
        ("link", link),
    ];
    let s = subject(SILENT_SUBJECT, &v, None);
    mail(to, consultant, s, body(SILENT_BODY, &v), "buddy_silent")
}

/// To the consultant at once when a check-in raises the flag or scores 1–2.
pub fn alert(
    to: &str,
    consultant: &str,
    buddy: &str,
    person: &str,
    score: i64,
    needs_desk: bool,
    link: &str,
) -> NewMail {
    let why = if needs_desk {
        ALERT_NEEDS_DESK
    } else {
        ALERT_LOW_SCORE
    };
    let score = score.to_string();
    let text = |lang: Lang| {
        ALERT_BODY.fill(
            lang,
            &[
                ("name", consultant),
                ("buddy", buddy),
                ("why", why.get(lang)),
                ("person", person),
                ("score", &score),
                ("link", link),
            ],
        )
    };
    let s = subject(ALERT_SUBJECT, &[("person", person)], None);
    mail(
        to,
        consultant,
        s,
        both(text(Lang::Nl), text(Lang::En)),
        "checkin_alert",
    )
}
