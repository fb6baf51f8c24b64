//! The e-mails of the buddy follow-up. Like every message they are in Dutch with the
//! English below; they carry only what the reader needs (a first name, never notes on
//! someone's home life), and a link to the portal for the rest.

use crate::store::outbox::NewMail;

fn both(nl: String, en: String) -> String {
    format!("{nl}\n\n-- English --\n\n{en}\n\n--\nOpstap, werkgeversservicepunt\n")
}

/// To a new buddy: the link to set a password.
pub fn invitation(to: &str, name: &str, inviter: &str, link: &str) -> NewMail {
    NewMail {
        to_address: to.to_string(),
        to_name: name.to_string(),
        subject: "Uitnodiging als buddy bij Opstap / Invitation as a buddy at Opstap".into(),
        body_text: both(
            format!(
                "Beste {name},\n\n{inviter} nodigt u uit als buddy bij het werkgeversservicepunt. \
                 Als buddy houdt u contact met iemand die net aan het werk is. \
                 Stel met deze link uw wachtwoord in; de link werkt één keer en is 7 dagen geldig:\n\n{link}"
            ),
            format!(
                "Dear {name},\n\n{inviter} invites you to be a buddy at the employer service desk. \
                 As a buddy you keep in touch with someone who has just started work. \
                 Use this link to set your password; it works once and is valid for 7 days:\n\n{link}"
            ),
        ),
        ics: None,
        kind: "buddy_invitation",
    }
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
    let phone_nl = p
        .phone
        .map(|ph| format!("Telefoon: {ph}"))
        .unwrap_or_else(|| "Telefoon: niet gedeeld; maak een afspraak via de balie.".into());
    let phone_en = p
        .phone
        .map(|ph| format!("Phone: {ph}"))
        .unwrap_or_else(|| "Phone: not shared; arrange contact through the desk.".into());
    NewMail {
        to_address: to.to_string(),
        to_name: buddy.to_string(),
        subject: format!("Nieuwe koppeling / New pairing: {}", p.first_name),
        body_text: both(
            format!(
                "Beste {buddy},\n\nU bent buddy van {first} vanaf {start}.\n\n\
                 Werkgever: {employer}\nWerkadres: {address}\n{phone_nl}\nContactritme: {rhythm}\n\n\
                 Leg elk contact vast via:\n\n{link}",
                first = p.first_name,
                start = p.start,
                employer = p.employer,
                address = p.address,
                rhythm = p.rhythm_nl,
            ),
            format!(
                "Dear {buddy},\n\nYou are {first}'s buddy from {start}.\n\n\
                 Employer: {employer}\nWorkplace address: {address}\n{phone_en}\nCheck-in rhythm: {rhythm}\n\n\
                 Log every check-in at:\n\n{link}",
                first = p.first_name,
                start = p.start,
                employer = p.employer,
                address = p.address,
                rhythm = p.rhythm_en,
            ),
        ),
        ics: None,
        kind: "buddy_paired",
    }
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
    let again_nl = if number > 1 { " (nogmaals)" } else { "" };
    let again_en = if number > 1 { " (again)" } else { "" };
    NewMail {
        to_address: to.to_string(),
        to_name: buddy.to_string(),
        subject: format!("Herinnering{again_nl}: contact met {first_name} / Reminder{again_en}"),
        body_text: both(
            format!(
                "Beste {buddy},\n\nHet contact met {first_name} stond gepland op {due}. \
                 Wilt u contact opnemen en het vastleggen?\n\n{link}"
            ),
            format!(
                "Dear {buddy},\n\nThe check-in with {first_name} was due on {due}. \
                 Please get in touch and log it:\n\n{link}"
            ),
        ),
        ics: None,
        kind: "buddy_reminder",
    }
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
    NewMail {
        to_address: to.to_string(),
        to_name: consultant.to_string(),
        subject: format!("Geen contact meer met {person} / No check-ins for {person}"),
        body_text: both(
            format!(
                "Beste {consultant},\n\nBuddy {buddy} heeft sinds {since} geen contact met {person} vastgelegd, \
                 ook niet na herinneringen. Wilt u kijken wat er speelt?\n\n{link}"
            ),
            format!(
                "Dear {consultant},\n\nBuddy {buddy} has not logged a check-in with {person} since {since}, \
                 not even after reminders. Please look into it:\n\n{link}"
            ),
        ),
        ics: None,
        kind: "buddy_silent",
    }
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
    let why_nl = if needs_desk {
        "vraagt de balie om te helpen"
    } else {
        "geeft een lage score"
    };
    let why_en = if needs_desk {
        "asks the desk for help"
    } else {
        "gives a low score"
    };
    NewMail {
        to_address: to.to_string(),
        to_name: consultant.to_string(),
        subject: format!("Signaal van buddy over {person} / Flag from a buddy"),
        body_text: both(
            format!(
                "Beste {consultant},\n\nBuddy {buddy} {why_nl} na een contact met {person} (score {score} van 5). \
                 Lees het contactmoment en markeer het als afgehandeld:\n\n{link}"
            ),
            format!(
                "Dear {consultant},\n\nBuddy {buddy} {why_en} after a check-in with {person} (score {score} of 5). \
                 Read the check-in and mark it handled:\n\n{link}"
            ),
        ),
        ics: None,
        kind: "checkin_alert",
    }
}
