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
