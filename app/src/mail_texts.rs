//! The texts of the e-mails the portal sends. Recipients outside the portal have no
//! language setting, so every message is in Dutch with the English below it.

use crate::store::outbox::NewMail;

fn both(nl: String, en: String) -> String {
    format!("{nl}\n\n-- English --\n\n{en}\n\n--\nOpstap, werkgeversservicepunt\n")
}

/// To the contact of an approved employer: the link to set a password.
pub fn welcome(to: &str, contact_name: &str, employer: &str, link: &str) -> NewMail {
    NewMail {
        to_address: to.to_string(),
        to_name: contact_name.to_string(),
        subject: format!("Welkom bij Opstap / Welcome to Opstap – {employer}"),
        body_text: both(
            format!(
                "Beste {contact_name},\n\n{employer} is nu partner van het werkgeversservicepunt. \
                 Stel met deze link uw wachtwoord in; de link werkt één keer en is 7 dagen geldig:\n\n{link}\n\n\
                 Daarna logt u in met dit e-mailadres."
            ),
            format!(
                "Dear {contact_name},\n\n{employer} is now a partner of the employer service desk. \
                 Use this link to set your password; it works once and is valid for 7 days:\n\n{link}\n\n\
                 After that you log in with this e-mail address."
            ),
        ),
        ics: None,
        kind: "welcome",
    }
}

/// To a colleague invited by an employer user.
pub fn invitation(to: &str, name: &str, inviter: &str, employer: &str, link: &str) -> NewMail {
    NewMail {
        to_address: to.to_string(),
        to_name: name.to_string(),
        subject: format!("Uitnodiging voor Opstap / Invitation to Opstap – {employer}"),
        body_text: both(
            format!(
                "Beste {name},\n\n{inviter} nodigt u uit om met {employer} in Opstap te werken. \
                 Stel met deze link uw wachtwoord in; de link werkt één keer en is 7 dagen geldig:\n\n{link}"
            ),
            format!(
                "Dear {name},\n\n{inviter} invites you to work with {employer} in Opstap. \
                 Use this link to set your password; it works once and is valid for 7 days:\n\n{link}"
            ),
        ),
        ics: None,
        kind: "invitation",
    }
}

/// To someone who asked for a new password (or whose address was typed in by someone else:
/// then nothing happens unless the link is used).
pub fn password_reset(to: &str, name: &str, link: &str) -> NewMail {
    NewMail {
        to_address: to.to_string(),
        to_name: name.to_string(),
        subject: "Nieuw wachtwoord voor Opstap / New password for Opstap".to_string(),
        body_text: both(
            format!(
                "Beste {name},\n\nIemand heeft een nieuw wachtwoord voor uw Opstap-account gevraagd. \
                 Was u dat, stel dan met deze link een nieuw wachtwoord in; de link werkt één keer en is één uur geldig:\n\n{link}\n\n\
                 Daarna bent u op alle andere apparaten uitgelogd. Was u het niet, dan kunt u deze e-mail negeren."
            ),
            format!(
                "Dear {name},\n\nSomeone asked for a new password for your Opstap account. \
                 If that was you, use this link to set one; it works once and is valid for one hour:\n\n{link}\n\n\
                 Afterwards you are logged out on every other device. If it was not you, ignore this e-mail."
            ),
        ),
        ics: None,
        kind: "password_reset",
    }
}

/// To an employer's contact when the desk sends an opening back.
pub fn opening_sent_back(
    to: &str,
    contact_name: &str,
    title: &str,
    reason: &str,
    link: &str,
) -> NewMail {
    NewMail {
        to_address: to.to_string(),
        to_name: contact_name.to_string(),
        subject: format!("Vacature teruggestuurd / Opening sent back – {title}"),
        body_text: both(
            format!(
                "Beste {contact_name},\n\nHet servicepunt heeft uw vacature \"{title}\" teruggestuurd. De reden:\n\n{reason}\n\n\
                 Pas de vacature aan en stuur haar opnieuw ter beoordeling:\n\n{link}"
            ),
            format!(
                "Dear {contact_name},\n\nThe service desk sent your opening \"{title}\" back. The reason:\n\n{reason}\n\n\
                 Change the opening and submit it for review again:\n\n{link}"
            ),
        ),
        ics: None,
        kind: "opening_sent_back",
    }
}

/// To the contact of a declined registration, with the desk's reason.
pub fn declined(to: &str, contact_name: &str, employer: &str, reason: &str) -> NewMail {
    NewMail {
        to_address: to.to_string(),
        to_name: contact_name.to_string(),
        subject: format!("Uw aanmelding bij Opstap / Your registration – {employer}"),
        body_text: both(
            format!(
                "Beste {contact_name},\n\nWe hebben de aanmelding van {employer} niet kunnen goedkeuren. \
                 De reden:\n\n{reason}\n\nHeeft u vragen? Beantwoord dan deze e-mail of bel het servicepunt."
            ),
            format!(
                "Dear {contact_name},\n\nWe could not approve the registration of {employer}. \
                 The reason:\n\n{reason}\n\nQuestions? Reply to this e-mail or call the service desk."
            ),
        ),
        ics: None,
        kind: "registration_declined",
    }
}

/// To an employer's people when the desk proposes candidates for an opening.
pub fn candidates_proposed(
    to: &str,
    name: &str,
    title: &str,
    names: &[String],
    link: &str,
) -> NewMail {
    let list = names
        .iter()
        .map(|n| format!("- {n}"))
        .collect::<Vec<_>>()
        .join("\n");
    let n = names.len();
    NewMail {
        to_address: to.to_string(),
        to_name: name.to_string(),
        subject: format!("Kandidaten voorgedragen / Candidates proposed – {title}"),
        body_text: both(
            format!(
                "Beste {name},\n\nHet servicepunt draagt {n} {} voor voor \"{title}\":\n\n{list}\n\n\
                 Bekijk de voordracht en laat weten of u kennis wilt maken:\n\n{link}",
                if n == 1 { "kandidaat" } else { "kandidaten" }
            ),
            format!(
                "Dear {name},\n\nThe service desk proposes {n} {} for \"{title}\":\n\n{list}\n\n\
                 Look at the proposal and let us know whether you would like to meet:\n\n{link}",
                if n == 1 { "candidate" } else { "candidates" }
            ),
        ),
        ics: None,
        kind: "proposal",
    }
}

/// The interview invitation, with the `.ics` attached, to the employer and to the desk.
#[allow(clippy::too_many_arguments)]
pub fn interview_planned(
    to: &str,
    name: &str,
    candidate: &str,
    title: &str,
    when: &str,
    place: &str,
    link: &str,
    ics: String,
) -> NewMail {
    NewMail {
        to_address: to.to_string(),
        to_name: name.to_string(),
        subject: format!("Kennismakingsgesprek / Interview – {candidate}, {title}"),
        body_text: both(
            format!(
                "Beste {name},\n\nHet kennismakingsgesprek met {candidate} voor \"{title}\" is gepland:\n\n\
                 Wanneer: {when}\nWaar: {place}\n\nDe uitnodiging voor uw agenda zit in de bijlage. Meer:\n\n{link}"
            ),
            format!(
                "Dear {name},\n\nThe interview with {candidate} for \"{title}\" has been planned:\n\n\
                 When: {when}\nWhere: {place}\n\nThe invitation for your calendar is attached. More:\n\n{link}"
            ),
        ),
        ics: Some(ics),
        kind: "interview",
    }
}

/// To the desk when an employer answers a proposal (trial, hire, decline).
pub fn proposal_answered(
    to: &str,
    name: &str,
    candidate: &str,
    title: &str,
    status_nl: &str,
    status_en: &str,
    link: &str,
) -> NewMail {
    NewMail {
        to_address: to.to_string(),
        to_name: name.to_string(),
        subject: format!("Voordracht {status_nl} / Proposal {status_en} – {candidate}, {title}"),
        body_text: both(
            format!("Beste {name},\n\nDe voordracht van {candidate} voor \"{title}\" is nu: {status_nl}.\n\n{link}"),
            format!("Dear {name},\n\nThe proposal of {candidate} for \"{title}\" is now: {status_en}.\n\n{link}"),
        ),
        ics: None,
        kind: "proposal_answered",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn welcome_mail_carries_the_link_in_both_languages() {
        let m = super::welcome(
            "jan@x.nl",
            "Jan",
            "Zorggroep",
            "https://o.example/wachtwoord/abc",
        );
        assert_eq!(
            m.body_text
                .matches("https://o.example/wachtwoord/abc")
                .count(),
            2
        );
        assert!(m.body_text.contains("Beste Jan") && m.body_text.contains("Dear Jan"));
    }
}
